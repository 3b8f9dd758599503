// Negative LW001: cart store awaits both node-redis writes together with Promise.all.
import type { RedisClientType } from "redis";

export interface CartLine {
  sku: string;
  quantity: number;
}

export class CartStore {
  constructor(private readonly redis: RedisClientType, private readonly ttlSeconds = 604800) {}

  async setLine(cartId: string, line: CartLine): Promise<void> {
    const key = `cart:${cartId}`;
    await Promise.all([
      this.redis.hSet(key, line.sku, String(line.quantity)),
      this.redis.expire(key, this.ttlSeconds),
    ]);
  }
}
