// negative LW001: a floating promise that only reads (prefetches a profile into an in-memory LRU); nothing is stored
import { LRUCache } from "lru-cache";
import type { Pool } from "pg";

const profiles = new LRUCache<string, object>({ max: 5000 });

async function prefetchProfile(pool: Pool, userId: string): Promise<void> {
  const { rows } = await pool.query("SELECT id, name, avatar FROM profiles WHERE id = $1", [userId]);
  if (rows[0]) profiles.set(userId, rows[0]);
}

export async function listFollowers(pool: Pool, userId: string) {
  const { rows } = await pool.query("SELECT follower_id FROM follows WHERE user_id = $1 LIMIT 20", [userId]);
  for (const row of rows) {
    prefetchProfile(pool, row.follower_id).catch(() => profiles.delete(row.follower_id));
  }
  return rows.map((r) => r.follower_id);
}
