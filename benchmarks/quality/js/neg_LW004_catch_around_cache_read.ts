// negative LW004: the try/catch that only logs wraps a cache READ with a database fallback, not a write
import type { Redis } from "ioredis";
import type { Pool } from "pg";
import { logger } from "./logger";

export async function getProduct(redis: Redis, pool: Pool, id: string) {
  let cached: string | null = null;
  try {
    cached = await redis.get(`product:${id}`);
  } catch (err) {
    logger.warn("cache read failed, falling back to the database", { id, err: String(err) });
  }
  if (cached) return JSON.parse(cached);
  const { rows } = await pool.query("SELECT * FROM products WHERE id = $1", [id]);
  return rows[0] ?? null;
}
