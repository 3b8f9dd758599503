// negative LW004: try/finally only releases the lock; a failed write propagates to the caller
import type { Redis } from "ioredis";
import type { Pool } from "pg";

export async function applyCredit(redis: Redis, pool: Pool, accountId: string, cents: number) {
  const lockKey = `lock:account:${accountId}`;
  const acquired = await redis.set(lockKey, "1", "PX", 5000, "NX");
  if (!acquired) throw new Error("account busy");
  try {
    await pool.query("UPDATE accounts SET balance_cents = balance_cents + $1 WHERE id = $2", [cents, accountId]);
  } finally {
    await redis.del(lockKey);
  }
}
