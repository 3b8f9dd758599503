// positive LW005: plain Worker passes the D1 insert to ctx.waitUntil and returns 201 { status: "saved" }
interface Env {
  DB: D1Database;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (request.method !== "POST") return new Response(null, { status: 405 });
    const note = (await request.json()) as { title: string; body: string };
    const id = crypto.randomUUID();

    ctx.waitUntil(
      env.DB.prepare("INSERT INTO notes (id, title, body) VALUES (?, ?, ?)").bind(id, note.title, note.body).run(),
    );

    return Response.json({ id, status: "saved" }, { status: 201 });
  },
};
