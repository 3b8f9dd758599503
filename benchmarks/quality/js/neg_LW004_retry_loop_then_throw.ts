// negative LW004: a failed write is logged at warn and retried; after the last attempt the error is thrown
import type { Pool } from "pg";
import { logger } from "./logger";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function saveWithRetry(pool: Pool, id: string, payload: unknown, attempts = 3) {
  let lastError: unknown;
  for (let i = 1; i <= attempts; i++) {
    try {
      await pool.query("INSERT INTO documents (id, body) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET body = $2", [id, payload]);
      return;
    } catch (err) {
      lastError = err;
      logger.warn("document write failed, retrying", { id, attempt: i, err: String(err) });
      await sleep(100 * 2 ** i);
    }
  }
  throw lastError;
}
