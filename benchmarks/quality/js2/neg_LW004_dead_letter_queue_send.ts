// negative LW004: a Workers queue consumer sends the payload and the error to a dead-letter queue when the D1 insert fails
export interface Env {
  DB: D1Database;
  DEAD_LETTERS: Queue<{ payload: unknown; error: string }>;
}

export default {
  async queue(batch: MessageBatch<{ id: string; amount: number }>, env: Env): Promise<void> {
    for (const msg of batch.messages) {
      try {
        await env.DB.prepare("INSERT INTO payments (id, amount) VALUES (?1, ?2)").bind(msg.body.id, msg.body.amount).run();
        msg.ack();
      } catch (err) {
        console.error("payment insert failed, dead-lettering", { id: msg.body.id, error: String(err) });
        await env.DEAD_LETTERS.send({ payload: msg.body, error: String(err) });
        msg.ack();
      }
    }
  },
};
