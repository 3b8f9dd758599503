// negative LW001: two dependent writes run in an async IIFE that is handed to ctx.waitUntil
interface Env {
  DB: D1Database;
  STATS: KVNamespace;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const { pollId, option } = (await request.json()) as { pollId: string; option: string };
    ctx.waitUntil(
      (async () => {
        await env.DB.prepare("INSERT INTO votes (poll_id, option, at) VALUES (?, ?, ?)").bind(pollId, option, Date.now()).run();
        await env.STATS.put(`poll:${pollId}:dirty`, "1");
      })(),
    );
    return Response.json({ accepted: true }, { status: 202 });
  },
};
