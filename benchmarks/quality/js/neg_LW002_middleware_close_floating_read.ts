// negative LW002: middleware closes the client after next(); the only un-awaited call in the handler is a GET to a metrics endpoint
import { Hono } from "hono";
import postgres from "postgres";

type Env = { Bindings: { DATABASE_URL: string; METRICS_URL: string }; Variables: { sql: postgres.Sql } };
const app = new Hono<Env>();

app.use("*", async (c, next) => {
  const sql = postgres(c.env.DATABASE_URL);
  c.set("sql", sql);
  await next();
  await sql.end();
});

app.get("/api/authors/:key", async (c) => {
  const sql = c.get("sql");
  const [author] = await sql`SELECT * FROM authors WHERE author_key = ${c.req.param("key")}`;
  if (!author) return c.notFound();
  fetch(`${c.env.METRICS_URL}/count?metric=author_view`);
  return c.json(author);
});

export default app;
