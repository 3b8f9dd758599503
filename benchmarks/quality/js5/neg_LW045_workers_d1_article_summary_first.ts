// negative LW045: Workers publish endpoint awaits the Workers AI summary first and inserts the complete article row into D1 in one statement
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
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method !== "POST") return new Response("method not allowed", { status: 405 });
    const article = (await request.json()) as ArticleInput;

    const { summary } = await env.AI.run("@cf/facebook/bart-large-cnn", { input_text: article.body, max_length: 120 });

    await env.DB.prepare("INSERT INTO articles (slug, title, body, summary, published_at) VALUES (?, ?, ?, ?, ?)")
      .bind(article.slug, article.title, article.body, summary, new Date().toISOString())
      .run();

    return Response.json({ slug: article.slug, summary }, { status: 201 });
  },
} satisfies ExportedHandler<Env>;
