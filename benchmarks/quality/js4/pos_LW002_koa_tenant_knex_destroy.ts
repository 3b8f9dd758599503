// positive LW002: Koa middleware builds a knex instance for the tenant's schema per request and destroy()s it after next(); the export route leaves recordExport() (user lookup, then the audit INSERT) running, so the INSERT runs on a destroyed pool
import Koa, { type Context, type Next } from "koa";
import Router from "@koa/router";
import knexFactory, { type Knex } from "knex";

type State = { db: Knex; tenant: string; userId: string };

async function tenantDb(ctx: Context & { state: State }, next: Next) {
  const tenant = ctx.get("x-tenant-id");
  const db = knexFactory({
    client: "pg",
    connection: process.env.DATABASE_URL,
    searchPath: [`tenant_${tenant}`],
    pool: { min: 0, max: 2 },
  });
  ctx.state.db = db;
  ctx.state.tenant = tenant;
  ctx.state.userId = ctx.get("x-user-id");
  try {
    await next();
  } finally {
    await db.destroy();
  }
}

async function recordExport(db: Knex, userId: string, reportId: string): Promise<void> {
  const user = await db("users").select("email").where({ id: userId }).first();
  await db("audit_log").insert({
    user_id: userId,
    user_email: user?.email ?? null,
    action: "report.export",
    subject_id: reportId,
    at: db.fn.now(),
  });
}

const router = new Router<State>();

router.get("/reports/:id/export", async (ctx) => {
  const { db, userId } = ctx.state;
  const report = await db("reports").where({ id: ctx.params.id }).first();
  if (!report) {
    ctx.status = 404;
    return;
  }
  const rows = await db("report_rows").select("label", "value").where({ report_id: report.id });

  recordExport(db, userId, report.id).catch((err) => console.warn("audit log write failed", err));

  ctx.set("content-type", "text/csv");
  ctx.body = rows.map((r: { label: string; value: number }) => `${r.label},${r.value}`).join("\n");
});

const app = new Koa();
app.use(tenantDb);
app.use(router.routes());
app.listen(4000);
