// Negative LW002: Fastify uses one app-lifetime redis client closed in onClose, and the handler awaits its LPUSH.
import Fastify from "fastify";
import { createClient } from "redis";

const redis = createClient({ url: process.env.REDIS_URL });
const app = Fastify({ logger: true });

app.addHook("onReady", async () => {
  await redis.connect();
});

app.addHook("onClose", async () => {
  await redis.quit();
});

app.get<{ Params: { sku: string } }>("/products/:sku", async (request) => {
  const { sku } = request.params;
  const [product] = await Promise.all([
    redis.hGetAll(`product:${sku}`),
    redis.lPush(`recently-viewed:${request.ip}`, sku),
  ]);
  return product;
});

export default app;
