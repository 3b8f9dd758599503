// negative LW045: Worker stores the note, awaits a Queue send for its language detection, and the consumer writes the enriched note back to KV, retrying the message on failure
export interface Env {
  NOTES: KVNamespace;
  ENRICH: Queue<{ key: string }>;
}

type Note = { id: string; owner: string; text: string; createdAt: number; language?: string };

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const owner = request.headers.get("x-user") ?? "anonymous";
    const { text } = (await request.json()) as { text: string };
    const note: Note = { id: crypto.randomUUID(), owner, text, createdAt: Date.now() };
    const key = `note:${owner}:${note.id}`;
    await env.NOTES.put(key, JSON.stringify(note));
    await env.ENRICH.send({ key });
    return Response.json({ id: note.id }, { status: 201 });
  },

  async queue(batch: MessageBatch<{ key: string }>, env: Env): Promise<void> {
    const { detectLanguage } = await import("./lang");
    for (const msg of batch.messages) {
      try {
        const raw = await env.NOTES.get(msg.body.key);
        if (!raw) {
          msg.ack();
          continue;
        }
        const note = JSON.parse(raw) as Note;
        if (note.language === undefined) {
          note.language = detectLanguage(note.text);
          await env.NOTES.put(msg.body.key, JSON.stringify(note));
        }
        msg.ack();
      } catch (err) {
        console.error("language enrichment failed", msg.body.key, err);
        msg.retry({ delaySeconds: 60 });
      }
    }
  },
};
