// negative LW002: the deferred write opens and ends its own postgres.js client; the request's client is untouched and waitUntil keeps it alive
import { Hono } from "hono";
import postgres from "postgres";

type Env = { Bindings: { DATABASE_URL: string } };
const app = new Hono<Env>();

async function recordExport(url: string, userId: string, rows: number): Promise<void> {
  const sql = postgres(url, { max: 1 });
  try {
    await sql`INSERT INTO exports (user_id, rows) VALUES (${userId}, ${rows})`;
  } finally {
    await sql.end();
  }
}

app.get("/export/:userId", async (c) => {
  const sql = postgres(c.env.DATABASE_URL, { max: 1 });
  const rows = await sql`SELECT * FROM orders WHERE user_id = ${c.req.param("userId")}`;
  await sql.end();
  c.executionCtx.waitUntil(
    recordExport(c.env.DATABASE_URL, c.req.param("userId"), rows.length).catch((err) =>
      console.error("export not recorded", err),
    ),
  );
  return c.json(rows);
});

export default app;
