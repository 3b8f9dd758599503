// Positive LW002: Hono middleware ends the postgres.js client after next() while the recipe view insert still runs.
import { Hono } from "hono";
import postgres from "postgres";

type Bindings = { HYPERDRIVE: Hyperdrive };
type Variables = { sql: postgres.Sql };

const app = new Hono<{ Bindings: Bindings; Variables: Variables }>();

app.use("*", async (c, next) => {
  const sql = postgres(c.env.HYPERDRIVE.connectionString, { max: 1, fetch_types: false });
  c.set("sql", sql);
  await next();
  await sql.end();
});

async function recordRecipeView(sql: postgres.Sql, recipeId: string, country: string | undefined) {
  await sql`
    insert into recipe_views (recipe_id, country, viewed_at)
    values (${recipeId}, ${country ?? null}, now())
  `;
}

app.get("/recipes/:id", async (c) => {
  const sql = c.get("sql");
  const id = c.req.param("id");
  const [recipe] = await sql`select id, title, steps from recipes where id = ${id}`;
  if (!recipe) return c.json({ error: "not found" }, 404);
  recordRecipeView(sql, id, c.req.header("cf-ipcountry")).catch((err) => {
    console.warn("recipe view not recorded", err);
  });
  return c.json(recipe);
});

export default app;
