// negative LW005: Koa export endpoint inserts the export job row (awaited) and answers 202 with a status URL; a separate worker process polls the table, nothing is deferred in-process
const Koa = require("koa");
const Router = require("@koa/router");
const bodyParser = require("koa-bodyparser");
const { randomUUID } = require("node:crypto");
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const router = new Router({ prefix: "/api" });

router.post("/exports", async (ctx) => {
  const { format = "csv", filters = {} } = ctx.request.body;
  const id = randomUUID();
  await pool.query(
    "INSERT INTO export_jobs (id, owner_id, format, filters, status, created_at) VALUES ($1, $2, $3, $4, 'queued', now())",
    [id, ctx.state.user.id, format, JSON.stringify(filters)],
  );
  ctx.status = 202;
  ctx.set("Location", `/api/exports/${id}`);
  ctx.body = { id, status: "queued" };
});

router.get("/exports/:id", async (ctx) => {
  const { rows } = await pool.query("SELECT id, status, download_url FROM export_jobs WHERE id = $1 AND owner_id = $2", [
    ctx.params.id,
    ctx.state.user.id,
  ]);
  ctx.assert(rows.length === 1, 404);
  ctx.body = rows[0];
});

const app = new Koa();
app.use(bodyParser());
app.use(router.routes());
app.listen(3000);
