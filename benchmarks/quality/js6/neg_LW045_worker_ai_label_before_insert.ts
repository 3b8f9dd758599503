// negative LW045: the Worker awaits the Workers AI label and puts it on the record before the D1 insert; waitUntil only carries a KV counter bump
export interface Env {
  DB: D1Database;
  AI: Ai;
  STATS: KVNamespace;
}

interface InboundMessage {
  id: string;
  from: string;
  subject: string;
  text: string;
  receivedAt: number;
  label: string | null;
}

async function label(env: Env, text: string): Promise<string | null> {
  const out = (await env.AI.run("@cf/huggingface/distilbert-sst-2-int8", { text })) as { label: string }[];
  return out[0]?.label ?? null;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (request.method !== "POST") return new Response("method not allowed", { status: 405 });
    const body = (await request.json()) as { from: string; subject: string; text: string };
    const record: InboundMessage = {
      ...body,
      id: crypto.randomUUID(),
      receivedAt: Date.now(),
      label: await label(env, body.text),
    };
    await env.DB.prepare(
      "INSERT INTO inbound_messages (id, sender, subject, body, received_at, label) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
      .bind(record.id, record.from, record.subject, record.text, record.receivedAt, record.label)
      .run();

    ctx.waitUntil(
      env.STATS.get("inbound_count").then((n) => env.STATS.put("inbound_count", String(Number(n ?? 0) + 1))),
    );
    return Response.json({ id: record.id, label: record.label }, { status: 201 });
  },
};
