// Positive LW001: cart store marks the write as `void` and moves on; the node-redis HSET is never awaited.
import type { RedisClientType } from "redis";

export interface CartLine {
  sku: string;
  quantity: number;
}

const CART_TTL_SECONDS = 60 * 60 * 24 * 7;

export class CartStore {
  constructor(private readonly redis: RedisClientType) {}

  private key(cartId: string): string {
    return `cart:${cartId}`;
  }

  async lines(cartId: string): Promise<CartLine[]> {
    const raw = await this.redis.hGetAll(this.key(cartId));
    return Object.entries(raw).map(([sku, quantity]) => ({ sku, quantity: Number(quantity) }));
  }

  setLine(cartId: string, line: CartLine): void {
    void this.redis.hSet(this.key(cartId), line.sku, String(line.quantity));
    void this.redis.expire(this.key(cartId), CART_TTL_SECONDS);
  }
}
