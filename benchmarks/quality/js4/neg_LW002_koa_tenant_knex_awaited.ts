// negative LW002: Koa middleware destroys the per-request tenant knex instance after next(), and the export route awaits recordExport() (the audit INSERT) before it returns
import Koa, { type Context, type Next } from "koa";
import Router from "@koa/router";
import knexFactory, { type Knex } from "knex";

type State = { db: Knex; userId: string };

async function tenantDb(ctx: Context & { state: State }, next: Next) {
  const db = knexFactory({
    client: "pg",
    connection: process.env.DATABASE_URL,
    searchPath: [`tenant_${ctx.get("x-tenant-id")}`],
    pool: { min: 0, max: 2 },
  });
  ctx.state.db = db;
  ctx.state.userId = ctx.get("x-user-id");
  try {
    await next();
  } finally {
    await db.destroy();
  }
}

async function recordExport(db: Knex, userId: string, reportId: string): Promise<void> {
  await db("audit_log").insert({ user_id: userId, action: "report.export", subject_id: reportId, at: db.fn.now() });
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
  await recordExport(db, userId, report.id);
  ctx.set("content-type", "text/csv");
  ctx.body = rows.map((r: { label: string; value: number }) => `${r.label},${r.value}`).join("\n");
});

const app = new Koa();
app.use(tenantDb);
app.use(router.routes());
app.listen(4000);
