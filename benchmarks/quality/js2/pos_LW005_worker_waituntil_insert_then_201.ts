// positive LW005: a Worker passes the D1 insert of the signup to ctx.waitUntil and answers 201, so the row lands after the response
export interface Env {
  DB: D1Database;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === "POST" && url.pathname === "/signups") {
      const { email } = (await request.json()) as { email: string };
      const id = crypto.randomUUID();
      ctx.waitUntil(env.DB.prepare("INSERT INTO signups (id, email) VALUES (?1, ?2)").bind(id, email).run());
      return Response.json({ id }, { status: 201 });
    }
    if (request.method === "GET" && url.pathname.startsWith("/signups/")) {
      const row = await env.DB.prepare("SELECT * FROM signups WHERE id = ?1").bind(url.pathname.split("/")[2]).first();
      return row ? Response.json(row) : new Response("not found", { status: 404 });
    }
    return new Response("not found", { status: 404 });
  },
};
