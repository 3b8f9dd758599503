// positive LW002: middleware schedules sql.end() via waitUntil right after next(); the handler's write floats outside waitUntil, so end() starts before it
import { Hono } from "hono";
import { Pool } from "@neondatabase/serverless";

type Env = { Bindings: { DATABASE_URL: string }; Variables: { pool: Pool } };
const app = new Hono<Env>();

app.use("*", async (c, next) => {
  const pool = new Pool({ connectionString: c.env.DATABASE_URL });
  c.set("pool", pool);
  await next();
  c.executionCtx.waitUntil(pool.end());
});

app.post("/api/votes/:pollId", async (c) => {
  const pool = c.get("pool");
  const { option } = await c.req.json<{ option: string }>();
  const { rows } = await pool.query("SELECT id FROM polls WHERE id = $1 AND open", [c.req.param("pollId")]);
  if (rows.length === 0) return c.json({ error: "poll closed" }, 409);
  pool.query("INSERT INTO votes (poll_id, option) VALUES ($1, $2)", [rows[0].id, option]);
  return c.json({ ok: true });
});

export default app;
