// Negative LW001: Worker serves the article and hands the D1 view-count update to ctx.waitUntil.
export interface Env {
  DB: D1Database;
}

async function bumpViews(db: D1Database, slug: string): Promise<void> {
  await db.prepare("UPDATE articles SET views = views + 1 WHERE slug = ?").bind(slug).run();
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const slug = new URL(request.url).pathname.replace(/^\/articles\//, "");
    const article = await env.DB.prepare("SELECT slug, title, html FROM articles WHERE slug = ?").bind(slug).first();
    if (!article) return new Response("not found", { status: 404 });
    ctx.waitUntil(bumpViews(env.DB, slug));
    return Response.json(article);
  },
};
