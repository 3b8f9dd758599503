// positive LW045: D1 insert commits the message; waitUntil keeps a callback alive that only sets row.verdict in memory
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
    const row: { id: string; text: string; verdict?: string } = { id: crypto.randomUUID(), text };
    await env.DB.prepare("INSERT INTO messages (id, text) VALUES (?, ?)").bind(row.id, row.text).run();
    ctx.waitUntil(
      getVerdict(env.MODERATION_URL, text).then((v) => {
        row.verdict = v;
      }),
    );
    return Response.json({ id: row.id }, { status: 201 });
  },
};
