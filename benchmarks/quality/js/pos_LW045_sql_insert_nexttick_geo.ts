// positive LW045: the signup event is INSERTed via a tagged template; process.nextTick then sets ev.geo on the in-memory event
import type { Sql } from "postgres";
import { lookupGeo } from "./geoip";

export async function recordSignup(sql: Sql, userId: string, ip: string) {
  const ev: { user_id: string; ip: string; at: Date; geo?: string } = { user_id: userId, ip, at: new Date() };
  await sql`INSERT INTO signup_events ${sql(ev, "user_id", "ip", "at")}`;
  process.nextTick(() => {
    ev.geo = lookupGeo(ev.ip);
  });
}
