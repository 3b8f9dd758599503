// Positive LW002: Fastify onResponse hook quits the per-request redis client; the handler's LPUSH is never awaited.
import Fastify from "fastify";
import { createClient, type RedisClientType } from "redis";

declare module "fastify" {
  interface FastifyRequest {
    redis: RedisClientType;
  }
}

const app = Fastify({ logger: true });

app.addHook("onRequest", async (request) => {
  request.redis = createClient({ url: process.env.REDIS_URL });
  await request.redis.connect();
});

app.addHook("onResponse", async (request) => {
  await request.redis.quit();
});

app.get<{ Params: { sku: string } }>("/products/:sku", async (request) => {
  const { sku } = request.params;
  const product = await request.redis.hGetAll(`product:${sku}`);
  request.redis.lPush(`recently-viewed:${request.ip}`, sku);
  return product;
});

export default app;
