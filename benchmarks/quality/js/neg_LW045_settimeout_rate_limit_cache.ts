// negative LW045: after the insert a timer only expires an in-memory rate-limit entry; no record is enriched
import type { Pool } from "pg";

const recentIps = new Map<string, number>();

export async function subscribe(pool: Pool, email: string, ip: string) {
  if (recentIps.has(ip)) throw new Error("too many requests");
  await pool.query("INSERT INTO subscribers (email, ip) VALUES ($1, $2)", [email, ip]);
  recentIps.set(ip, Date.now());
  setTimeout(() => recentIps.delete(ip), 60_000);
}
