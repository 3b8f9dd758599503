// negative LW045: after the insert a setTimeout only evicts an in-process cache entry; the stored record is never touched
import type { Pool } from "pg";

const recentByUser = new Map<string, unknown[]>();

export async function addNote(pool: Pool, userId: string, body: string) {
  const { rows } = await pool.query("INSERT INTO notes (user_id, body) VALUES ($1, $2) RETURNING id, body", [userId, body]);
  setTimeout(() => {
    recentByUser.delete(userId);
  }, 0);
  return rows[0];
}
