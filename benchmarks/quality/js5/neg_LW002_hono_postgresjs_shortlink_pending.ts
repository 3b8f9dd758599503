// negative LW002: Hono short-link worker, the click insert is registered in a pending list and the middleware ends the postgres.js client only after those writes settle, inside waitUntil
import { Hono } from "hono";
import postgres from "postgres";

type Env = {
  Bindings: { HYPERDRIVE: Hyperdrive };
  Variables: { pg: postgres.Sql; pending: Promise<unknown>[] };
};

const app = new Hono<Env>();

app.use("*", async (c, next) => {
  const pg = postgres(c.env.HYPERDRIVE.connectionString, { max: 1, fetch_types: false });
  const pending: Promise<unknown>[] = [];
  c.set("pg", pg);
  c.set("pending", pending);
  await next();
  c.executionCtx.waitUntil(Promise.allSettled(pending).then(() => pg.end({ timeout: 5 })));
});

async function logClick(pg: postgres.Sql, slug: string, referer: string | undefined) {
  await pg`insert into link_clicks (slug, referer, clicked_at) values (${slug}, ${referer ?? null}, now())`;
}

app.get("/:slug", async (c) => {
  const pg = c.get("pg");
  const slug = c.req.param("slug");
  const rows = await pg`select target from links where slug = ${slug} and disabled = false`;
  const link = rows[0] as { target: string } | undefined;
  if (!link) return c.notFound();

  const click = logClick(pg, slug, c.req.header("referer")).catch((err) =>
    console.error("click insert failed", { slug, error: err.message, stack: err.stack }),
  );
  c.get("pending").push(click);
  c.executionCtx.waitUntil(click);
  return c.redirect(link.target, 302);
});

export default app;
