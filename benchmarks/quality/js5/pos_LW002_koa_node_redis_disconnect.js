// positive LW002: Koa middleware gives each request its own node-redis client and force-disconnects it after next(); the rate-limit route fires an hIncrBy it never awaits
const Koa = require("koa");
const Router = require("@koa/router");
const { createClient } = require("redis");

const app = new Koa();
const router = new Router();

app.use(async (ctx, next) => {
  const redis = createClient({ url: process.env.REDIS_URL });
  await redis.connect();
  ctx.state.redis = redis;
  try {
    await next();
  } finally {
    await redis.disconnect();
  }
});

function countUsage(redis, apiKey, route) {
  const day = new Date().toISOString().slice(0, 10);
  return redis.hIncrBy(`usage:${apiKey}:${day}`, route, 1);
}

router.get("/v1/quotes/:symbol", async (ctx) => {
  const { redis } = ctx.state;
  const apiKey = ctx.get("x-api-key");
  const cached = await redis.get(`quote:${ctx.params.symbol}`);
  if (!cached) {
    ctx.status = 404;
    return;
  }
  // billing depends on this counter
  countUsage(redis, apiKey, "quotes");
  ctx.body = JSON.parse(cached);
});

app.use(router.routes());
app.listen(3000);
