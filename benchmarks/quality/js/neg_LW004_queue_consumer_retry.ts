// negative LW004: Workers queue consumer logs a failed insert and calls msg.retry() instead of acking
interface Env {
  DB: D1Database;
}

type Measurement = { sensor: string; value: number; at: string };

export default {
  async queue(batch: MessageBatch<Measurement>, env: Env): Promise<void> {
    for (const msg of batch.messages) {
      try {
        await env.DB.prepare("INSERT INTO measurements (sensor, value, at) VALUES (?, ?, ?)")
          .bind(msg.body.sensor, msg.body.value, msg.body.at)
          .run();
        msg.ack();
      } catch (err) {
        console.error("measurement insert failed, will retry", msg.id, err);
        msg.retry({ delaySeconds: 30 });
      }
    }
  },
};
