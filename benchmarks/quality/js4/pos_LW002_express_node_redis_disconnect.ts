// positive LW002: Express route with a per-request node-redis client starts trackCartAdd() (experiment lookup, then XADD to the clickstream) without await; redis.disconnect() in finally closes the client before the XADD
import express from "express";
import { createClient } from "redis";

const app = express();
app.use(express.json());

async function openRedis() {
  const redis = createClient({ url: process.env.REDIS_URL });
  redis.on("error", (err) => console.error("redis error", err));
  await redis.connect();
  return redis;
}

async function trackCartAdd(redis: Awaited<ReturnType<typeof openRedis>>, session: string, sku: string, qty: number) {
  const variant = (await redis.get(`abtest:checkout:${session}`)) ?? "control";
  await redis.xAdd("clickstream", "*", { type: "cart.add", sku, qty: String(qty), variant, at: Date.now().toString() });
}

app.post("/api/cart/items", async (req, res, next) => {
  const redis = await openRedis();
  try {
    const { sku, qty } = req.body as { sku: string; qty: number };
    const session = req.get("x-session-id") ?? "anonymous";
    const cartKey = `cart:${session}`;
    await redis.hIncrBy(cartKey, sku, qty);
    const cart = await redis.hGetAll(cartKey);

    trackCartAdd(redis, session, sku, qty).catch((err) => console.warn("clickstream append failed", err));

    res.status(201).json({ cart });
  } catch (err) {
    next(err);
  } finally {
    await redis.disconnect();
  }
});

app.listen(3000);
