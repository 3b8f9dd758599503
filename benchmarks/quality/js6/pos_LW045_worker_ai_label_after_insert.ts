// positive LW045: Worker inserts the support message into D1, then in waitUntil runs Workers AI and writes the label only onto the in-memory record, which was already stored
export interface Env {
  DB: D1Database;
  AI: Ai;
}

interface InboundMessage {
  id: string;
  from: string;
  subject: string;
  text: string;
  receivedAt: number;
  label?: string;
}

async function store(db: D1Database, m: InboundMessage): Promise<void> {
  await db
    .prepare("INSERT INTO inbound_messages (id, sender, subject, body, received_at, label) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
    .bind(m.id, m.from, m.subject, m.text, m.receivedAt, m.label ?? null)
    .run();
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (request.method !== "POST") return new Response("method not allowed", { status: 405 });
    const body = (await request.json()) as Omit<InboundMessage, "id" | "receivedAt">;
    const record: InboundMessage = { ...body, id: crypto.randomUUID(), receivedAt: Date.now() };
    await store(env.DB, record);

    ctx.waitUntil(
      env.AI.run("@cf/huggingface/distilbert-sst-2-int8", { text: record.text }).then((out) => {
        const top = (out as { label: string; score: number }[])[0];
        record.label = top?.label;
      }),
    );

    return Response.json({ id: record.id }, { status: 202 });
  },
};
