// negative LW045: enrichment is a durable job: the insert is followed by an awaited queue send; the consumer UPDATEs the row
interface Env {
  DB: D1Database;
  ENRICH: Queue<{ id: string }>;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { text } = (await request.json()) as { text: string };
    const id = crypto.randomUUID();
    await env.DB.prepare("INSERT INTO messages (id, text) VALUES (?, ?)").bind(id, text).run();
    await env.ENRICH.send({ id });
    return Response.json({ id }, { status: 201 });
  },

  async queue(batch: MessageBatch<{ id: string }>, env: Env): Promise<void> {
    for (const msg of batch.messages) {
      const row = await env.DB.prepare("SELECT text FROM messages WHERE id = ?").bind(msg.body.id).first<{ text: string }>();
      if (!row) {
        msg.ack();
        continue;
      }
      const { classify } = await import("./classifier");
      await env.DB.prepare("UPDATE messages SET verdict = ? WHERE id = ?").bind(classify(row.text), msg.body.id).run();
      msg.ack();
    }
  },
};
