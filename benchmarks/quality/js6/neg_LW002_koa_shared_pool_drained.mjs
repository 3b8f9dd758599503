// negative LW002: background page-view writes use the app-wide knex pool, are tracked in a pending set, and the pool is destroyed only after they are drained at shutdown
import Koa from "koa";
import Router from "@koa/router";
import knex from "knex";

const db = knex({ client: "pg", connection: process.env.DATABASE_URL, pool: { min: 2, max: 10 } });
const pending = new Set();

function inBackground(work, label) {
  const p = Promise.resolve(work)
    .catch((err) => console.error(`${label} failed`, err))
    .finally(() => pending.delete(p));
  pending.add(p);
}

const app = new Koa();
const router = new Router();

router.get("/pages/:slug", async (ctx) => {
  const page = await db("pages").where({ slug: ctx.params.slug, published: true }).first();
  if (!page) {
    ctx.status = 404;
    return;
  }
  inBackground(
    db("page_views").insert({ page_id: page.id, visitor_id: ctx.cookies.get("vid"), viewed_at: new Date() }),
    `page view ${page.id}`,
  );
  ctx.body = page;
});

app.use(router.routes());

const server = app.listen(3000);

process.on("SIGTERM", () => {
  server.close(async () => {
    await Promise.allSettled([...pending]);
    await db.destroy();
    process.exit(0);
  });
});
