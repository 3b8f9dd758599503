// positive LW001: ctx.waitUntil keeps only the log flush alive; the D1 vote insert next to it floats
interface Env {
  DB: D1Database;
  LOGS: Fetcher;
}

async function flushLogs(env: Env, lines: string[]) {
  await env.LOGS.fetch("https://logs/ingest", { method: "POST", body: lines.join("\n") });
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const { pollId, option } = (await request.json()) as { pollId: string; option: string };
    ctx.waitUntil(flushLogs(env, [`vote ${pollId} ${option}`]));
    env.DB.prepare("INSERT INTO votes (poll_id, option, at) VALUES (?, ?, ?)").bind(pollId, option, Date.now()).run();
    return Response.json({ ok: true });
  },
};
