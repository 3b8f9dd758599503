// negative LW045: the deferred moderation verdict is persisted with a D1 UPDATE inside ctx.waitUntil
interface Env {
  DB: D1Database;
  MODERATION_URL: string;
}

async function getVerdict(url: string, text: string): Promise<string> {
  const res = await fetch(url, { method: "POST", body: JSON.stringify({ text }) });
  return ((await res.json()) as { verdict: string }).verdict;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const { text } = (await request.json()) as { text: string };
    const id = crypto.randomUUID();
    await env.DB.prepare("INSERT INTO messages (id, text) VALUES (?, ?)").bind(id, text).run();
    ctx.waitUntil(
      getVerdict(env.MODERATION_URL, text).then((verdict) =>
        env.DB.prepare("UPDATE messages SET verdict = ? WHERE id = ?").bind(verdict, id).run(),
      ),
    );
    return Response.json({ id }, { status: 201 });
  },
};
