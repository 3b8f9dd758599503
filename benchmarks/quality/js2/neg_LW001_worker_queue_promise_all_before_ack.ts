// negative LW001: a Workers queue consumer writes each message to D1 and awaits all writes with Promise.all before acking the batch
export interface Env {
  DB: D1Database;
}

export default {
  async queue(batch: MessageBatch<{ id: string; score: number }>, env: Env): Promise<void> {
    const writes = batch.messages.map((msg) =>
      env.DB.prepare("INSERT OR REPLACE INTO scores (id, score) VALUES (?1, ?2)").bind(msg.body.id, msg.body.score).run(),
    );
    await Promise.all(writes);
    batch.ackAll();
  },
};
