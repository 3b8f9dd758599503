// Negative LW002: Hono middleware ends the postgres.js client after next(), and the handler awaits its insert first.
import { Hono } from "hono";
import postgres from "postgres";

type Bindings = { HYPERDRIVE: Hyperdrive };
type Variables = { sql: postgres.Sql };

const app = new Hono<{ Bindings: Bindings; Variables: Variables }>();

app.use("*", async (c, next) => {
  const sql = postgres(c.env.HYPERDRIVE.connectionString, { max: 1 });
  c.set("sql", sql);
  try {
    await next();
  } finally {
    await sql.end();
  }
});

app.post("/recipes/:id/ratings", async (c) => {
  const sql = c.get("sql");
  const { stars } = await c.req.json<{ stars: number }>();
  await sql`insert into recipe_ratings (recipe_id, stars) values (${c.req.param("id")}, ${stars})`;
  return c.json({ ok: true }, 201);
});

export default app;
