// positive LW002: Fastify gives each request its own pg Client and ends it in an onResponse hook; the handler leaves countView() running (a call to the text-stats service, then an UPDATE on that client), so the UPDATE hits an ended client
import Fastify from "fastify";
import pg from "pg";

const app = Fastify({ logger: true });

app.decorateRequest("db", null);

app.addHook("onRequest", async (request) => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  request.db = client;
});

app.addHook("onResponse", async (request) => {
  await request.db.end();
});

async function countView(db, article) {
  const res = await fetch(`${process.env.TEXT_STATS_URL}/reading-time`, { method: "POST", body: article.body_html });
  const { minutes } = await res.json();
  await db.query("UPDATE articles SET view_count = view_count + 1, reading_minutes = $2 WHERE id = $1", [
    article.id,
    minutes,
  ]);
}

app.get("/articles/:slug", async (request, reply) => {
  const { rows } = await request.db.query(
    "SELECT id, slug, title, body_html, published_at FROM articles WHERE slug = $1 AND published_at IS NOT NULL",
    [request.params.slug],
  );
  if (rows.length === 0) {
    return reply.code(404).send({ error: "not found" });
  }
  const article = rows[0];

  countView(request.db, article).catch((err) => request.log.warn({ err }, "view count not updated"));

  return article;
});

await app.listen({ port: 3000 });
