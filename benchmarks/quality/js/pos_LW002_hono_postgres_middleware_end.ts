// positive LW002: Hono middleware ends the request's postgres.js client after next() while the handler's search-log write still floats
import { Hono } from "hono";
import postgres from "postgres";

type Env = {
  Bindings: { DATABASE_URL: string };
  Variables: { sql: postgres.Sql };
};

const app = new Hono<Env>();

app.use("/api/*", async (c, next) => {
  const sql = postgres(c.env.DATABASE_URL, { max: 1 });
  c.set("sql", sql);
  await next();
  await sql.end();
});

async function logSearch(sql: postgres.Sql, term: string, results: number) {
  await sql`INSERT INTO search_log (term, results, at) VALUES (${term}, ${results}, now())`;
}

app.get("/api/books", async (c) => {
  const sql = c.get("sql");
  const term = c.req.query("q") ?? "";
  const books = await sql`SELECT id, title FROM books WHERE title ILIKE ${"%" + term + "%"} LIMIT 25`;
  logSearch(sql, term, books.length);
  return c.json(books);
});

export default app;
