// negative LW002: middleware ends the client after next(), but the handler awaits its write before returning
import { Hono } from "hono";
import postgres from "postgres";

type Env = { Bindings: { DATABASE_URL: string }; Variables: { sql: postgres.Sql } };
const app = new Hono<Env>();

app.use("/api/*", async (c, next) => {
  const sql = postgres(c.env.DATABASE_URL, { max: 1 });
  c.set("sql", sql);
  await next();
  await sql.end();
});

app.get("/api/books", async (c) => {
  const sql = c.get("sql");
  const term = c.req.query("q") ?? "";
  const books = await sql`SELECT id, title FROM books WHERE title ILIKE ${"%" + term + "%"} LIMIT 25`;
  await sql`INSERT INTO search_log (term, results, at) VALUES (${term}, ${books.length}, now())`;
  return c.json(books);
});

export default app;
