// positive LW002: Hono short-link worker, middleware ends the per-request postgres.js client right after next() while the redirect route's click insert still runs in the background
import { Hono } from "hono";
import postgres from "postgres";

type Env = { Bindings: { HYPERDRIVE: Hyperdrive }; Variables: { pg: postgres.Sql } };

const app = new Hono<Env>();

app.use("*", async (c, next) => {
  const pg = postgres(c.env.HYPERDRIVE.connectionString, { max: 1, fetch_types: false });
  c.set("pg", pg);
  try {
    await next();
  } finally {
    await pg.end({ timeout: 0 });
  }
});

async function logClick(pg: postgres.Sql, slug: string, referer: string | undefined, country: string | undefined) {
  await pg`
    insert into link_clicks (slug, referer, country, clicked_at)
    values (${slug}, ${referer ?? null}, ${country ?? null}, now())
  `;
}

app.get("/:slug", async (c) => {
  const pg = c.get("pg");
  const slug = c.req.param("slug");
  const rows = await pg`select target from links where slug = ${slug} and disabled = false`;
  const link = rows[0] as { target: string } | undefined;
  if (!link) return c.notFound();

  logClick(pg, slug, c.req.header("referer"), c.req.raw.cf?.country as string | undefined).catch((err) =>
    console.warn("click not logged", slug, err.message),
  );
  return c.redirect(link.target, 302);
});

export default app;
