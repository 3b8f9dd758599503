// negative LW002: Koa middleware destroys the per-request Knex after next(); the route awaits its insert
const Koa = require("koa");
const Router = require("@koa/router");
const createKnex = require("knex");

const app = new Koa();
const router = new Router();

app.use(async (ctx, next) => {
  ctx.state.db = createKnex({ client: "mysql2", connection: process.env.TENANT_DB_URL });
  try {
    await next();
  } finally {
    await ctx.state.db.destroy();
  }
});

router.get("/catalog/:sku", async (ctx) => {
  const db = ctx.state.db;
  const item = await db("items").where({ sku: ctx.params.sku }).first();
  ctx.assert(item, 404);
  await db("item_views").insert({ sku: item.sku, seen_at: new Date() });
  ctx.body = item;
});

app.use(router.routes());
module.exports = app;
