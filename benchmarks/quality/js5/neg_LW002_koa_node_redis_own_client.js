// negative LW002: Koa request client is disconnected after next(), but the usage counter runs on a long-lived usage client that is quit only at shutdown after pending increments settle
const Koa = require("koa");
const Router = require("@koa/router");
const { createClient } = require("redis");

const app = new Koa();
const router = new Router();

const usageClient = createClient({ url: process.env.REDIS_URL });
const pendingUsage = new Set();

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

function countUsage(apiKey, route) {
  const day = new Date().toISOString().slice(0, 10);
  const p = usageClient.hIncrBy(`usage:${apiKey}:${day}`, route, 1).catch((err) => {
    console.error("usage counter failed", { apiKey, route, err });
  });
  pendingUsage.add(p);
  p.finally(() => pendingUsage.delete(p));
}

router.get("/v1/quotes/:symbol", async (ctx) => {
  const cached = await ctx.state.redis.get(`quote:${ctx.params.symbol}`);
  if (!cached) {
    ctx.status = 404;
    return;
  }
  countUsage(ctx.get("x-api-key"), "quotes");
  ctx.body = JSON.parse(cached);
});

app.use(router.routes());

usageClient.connect().then(() => {
  const server = app.listen(3000);
  process.once("SIGTERM", () => {
    server.close(async () => {
      await Promise.allSettled([...pendingUsage]);
      await usageClient.quit();
    });
  });
});
