// positive LW045: Worker stores the note in KV, then in ctx.waitUntil(import("./lang").then(...)) sets note.language on the object already written; KV keeps the note without it
export interface Env {
  NOTES: KVNamespace;
}

type Note = { id: string; owner: string; text: string; createdAt: number; language?: string };

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    const owner = request.headers.get("x-user") ?? "anonymous";

    if (request.method === "POST" && url.pathname === "/notes") {
      const { text } = (await request.json()) as { text: string };
      const note: Note = { id: crypto.randomUUID(), owner, text, createdAt: Date.now() };
      await env.NOTES.put(`note:${owner}:${note.id}`, JSON.stringify(note));

      ctx.waitUntil(
        import("./lang").then((m) => {
          note.language = m.detectLanguage(note.text);
        }),
      );

      return Response.json({ id: note.id }, { status: 201 });
    }

    if (request.method === "GET" && url.pathname.startsWith("/notes/")) {
      const raw = await env.NOTES.get(`note:${owner}:${url.pathname.split("/")[2]}`);
      return raw ? new Response(raw, { headers: { "content-type": "application/json" } }) : new Response(null, { status: 404 });
    }

    return new Response(null, { status: 404 });
  },
};
