// positive LW002: Express route with a per-request node-redis client; the XADD to the clickstream is not awaited and redis.disconnect() in finally drops it
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

app.post("/api/cart/items", async (req, res, next) => {
  const redis = await openRedis();
  try {
    const { sku, qty } = req.body as { sku: string; qty: number };
    const cartKey = `cart:${req.get("x-session-id")}`;
    await redis.hIncrBy(cartKey, sku, qty);
    const cart = await redis.hGetAll(cartKey);

    redis
      .xAdd("clickstream", "*", { type: "cart.add", sku, qty: String(qty), at: Date.now().toString() })
      .catch((err) => console.warn("clickstream append failed", err));

    res.status(201).json({ cart });
  } catch (err) {
    next(err);
  } finally {
    await redis.disconnect();
  }
});

app.listen(3000);
