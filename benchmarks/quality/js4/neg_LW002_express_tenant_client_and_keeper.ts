// negative LW002: the per-request node-redis client closed in finally is only used for awaited commands; the background clickstream XADD goes through the app-wide client via a keeper drained at shutdown
import express from "express";
import { createClient, type RedisClientType } from "redis";

const app = express();
app.use(express.json());

const shared: RedisClientType = createClient({ url: process.env.REDIS_URL });
await shared.connect();

const pending = new Set<Promise<unknown>>();
function keep(label: string, p: Promise<unknown>): void {
  const tracked = p
    .catch((err) => console.error(`background write failed: ${label}`, err))
    .finally(() => pending.delete(tracked));
  pending.add(tracked);
}

app.post("/api/cart/items", async (req, res, next) => {
  const redis = createClient({ url: process.env.REDIS_URL });
  await redis.connect();
  try {
    const { sku, qty } = req.body as { sku: string; qty: number };
    const cartKey = `cart:${req.get("x-session-id")}`;
    await redis.hIncrBy(cartKey, sku, qty);
    const cart = await redis.hGetAll(cartKey);

    keep("clickstream", shared.xAdd("clickstream", "*", { type: "cart.add", sku, qty: String(qty) }));

    res.status(201).json({ cart });
  } catch (err) {
    next(err);
  } finally {
    await redis.disconnect();
  }
});

const server = app.listen(3000);

process.on("SIGTERM", async () => {
  server.close();
  await Promise.allSettled([...pending]);
  await shared.quit();
});
