// positive LW045: Workers publish endpoint inserts the article into D1 without a summary, then attaches the Workers AI summary in a waitUntil callback that can fail or be cut off, leaving summary NULL
interface Env {
  DB: D1Database;
  AI: Ai;
}

interface ArticleInput {
  slug: string;
  title: string;
  body: string;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (request.method !== "POST") return new Response("method not allowed", { status: 405 });
    const article = (await request.json()) as ArticleInput;

    await env.DB.prepare("INSERT INTO articles (slug, title, body, summary, published_at) VALUES (?, ?, ?, NULL, ?)")
      .bind(article.slug, article.title, article.body, new Date().toISOString())
      .run();

    ctx.waitUntil(
      env.AI.run("@cf/facebook/bart-large-cnn", { input_text: article.body, max_length: 120 })
        .then((out) => env.DB.prepare("UPDATE articles SET summary = ? WHERE slug = ?").bind(out.summary, article.slug).run())
        .catch((err) => console.warn("summary skipped", article.slug, err)),
    );

    return Response.json({ slug: article.slug }, { status: 201 });
  },
} satisfies ExportedHandler<Env>;
