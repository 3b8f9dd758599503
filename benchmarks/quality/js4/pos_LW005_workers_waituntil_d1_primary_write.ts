// positive LW005: Worker POST /notes answers 201 with the note id while the note's own D1 INSERT is deferred into ctx.waitUntil, past the response
export interface Env {
  DB: D1Database;
}

type NoteInput = { title: string; body: string; tags?: string[] };

function json(data: unknown, status = 200): Response {
  return new Response(JSON.stringify(data), { status, headers: { "content-type": "application/json" } });
}

async function insertNote(db: D1Database, id: string, owner: string, input: NoteInput): Promise<void> {
  await db
    .prepare("INSERT INTO notes (id, owner, title, body, tags, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
    .bind(id, owner, input.title, input.body, JSON.stringify(input.tags ?? []), Date.now())
    .run();
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    const owner = request.headers.get("x-user") ?? "anonymous";

    if (request.method === "POST" && url.pathname === "/notes") {
      const input = (await request.json()) as NoteInput;
      if (!input.title) return json({ error: "title required" }, 400);
      const id = crypto.randomUUID();
      ctx.waitUntil(insertNote(env.DB, id, owner, input));
      return json({ id, title: input.title }, 201);
    }

    if (request.method === "GET" && url.pathname.startsWith("/notes/")) {
      const note = await env.DB.prepare("SELECT * FROM notes WHERE id = ?1 AND owner = ?2")
        .bind(url.pathname.slice("/notes/".length), owner)
        .first();
      return note ? json(note) : json({ error: "not found" }, 404);
    }

    return json({ error: "no route" }, 404);
  },
};
