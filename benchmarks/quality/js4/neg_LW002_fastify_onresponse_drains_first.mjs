// negative LW002: Fastify onResponse hook awaits the request's pending writes (Promise.allSettled) before ending that request's pg Client
import Fastify from "fastify";
import pg from "pg";

const app = Fastify({ logger: true });

app.decorateRequest("db", null);
app.decorateRequest("pendingWrites", null);

app.addHook("onRequest", async (request) => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  request.db = client;
  request.pendingWrites = [];
});

app.addHook("onResponse", async (request) => {
  await Promise.allSettled(request.pendingWrites);
  await request.db.end();
});

app.get("/articles/:slug", async (request, reply) => {
  const { rows } = await request.db.query("SELECT id, slug, title, body_html FROM articles WHERE slug = $1", [
    request.params.slug,
  ]);
  if (rows.length === 0) {
    return reply.code(404).send({ error: "not found" });
  }
  const article = rows[0];
  request.pendingWrites.push(
    request.db
      .query("UPDATE articles SET view_count = view_count + 1 WHERE id = $1", [article.id])
      .catch((err) => request.log.error({ err, articleId: article.id }, "view count update failed")),
  );
  return article;
});

await app.listen({ port: 3000 });
