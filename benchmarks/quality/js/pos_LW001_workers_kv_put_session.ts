// positive LW001: Worker writes the refreshed session to KV with put() and never awaits it or uses waitUntil
interface Env {
  SESSIONS: KVNamespace;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const sid = request.headers.get("x-session-id");
    if (!sid) return new Response("unauthorized", { status: 401 });

    const raw = await env.SESSIONS.get(sid);
    if (!raw) return new Response("unauthorized", { status: 401 });

    const session = JSON.parse(raw) as { userId: string; lastSeen: number };
    session.lastSeen = Date.now();
    env.SESSIONS.put(sid, JSON.stringify(session), { expirationTtl: 60 * 60 * 24 });

    return Response.json({ userId: session.userId });
  },
};
