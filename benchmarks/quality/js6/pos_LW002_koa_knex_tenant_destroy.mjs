// positive LW002: Koa middleware builds a per-tenant knex instance and destroys it after next(); the page-view insert is started on it and not awaited
import Koa from "koa";
import Router from "@koa/router";
import knex from "knex";

const app = new Koa();
const router = new Router();

function tenantConfig(tenant) {
  return {
    client: "pg",
    connection: { connectionString: process.env.TENANT_DB_TEMPLATE.replace("{tenant}", tenant) },
    pool: { min: 0, max: 2 },
  };
}

app.use(async (ctx, next) => {
  const tenant = ctx.get("x-tenant") || "public";
  ctx.state.db = knex(tenantConfig(tenant));
  await next();
  await ctx.state.db.destroy();
});

function trackPageView(db, pageId, visitor) {
  return db("page_views").insert({ page_id: pageId, visitor_id: visitor, viewed_at: new Date() });
}

router.get("/pages/:slug", async (ctx) => {
  const db = ctx.state.db;
  const page = await db("pages").where({ slug: ctx.params.slug, published: true }).first();
  if (!page) {
    ctx.status = 404;
    return;
  }
  trackPageView(db, page.id, ctx.cookies.get("vid")).catch((err) => {
    ctx.app.emit("warning", err);
  });
  ctx.body = page;
});

app.use(router.routes());
export default app;
