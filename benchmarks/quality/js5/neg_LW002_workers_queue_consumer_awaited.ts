// negative LW002: Cloudflare Queues consumer opens postgres.js per batch; the status update and the lag metric are awaited per message, so end() in finally runs after them
import postgres from "postgres";

interface Env {
  HYPERDRIVE: Hyperdrive;
}

interface ShipmentEvent {
  shipmentId: string;
  status: "picked" | "in_transit" | "delivered";
  occurredAt: string;
}

export default {
  async queue(batch: MessageBatch<ShipmentEvent>, env: Env): Promise<void> {
    const sql = postgres(env.HYPERDRIVE.connectionString, { max: 2 });
    try {
      for (const msg of batch.messages) {
        const lagMs = Date.now() - Date.parse(msg.body.occurredAt);
        try {
          await sql.begin(async (tx) => {
            await tx`
              update shipments set status = ${msg.body.status}, status_at = ${msg.body.occurredAt}
              where id = ${msg.body.shipmentId} and status_at < ${msg.body.occurredAt}
            `;
            await tx`insert into consumer_lag (queue, message_id, lag_ms, seen_at) values ('shipments', ${msg.id}, ${lagMs}, now())`;
          });
          msg.ack();
        } catch (err) {
          console.error("shipment update failed, will retry", msg.id, err);
          msg.retry({ delaySeconds: 30 });
        }
      }
    } finally {
      await sql.end({ timeout: 5 });
    }
  },
} satisfies ExportedHandler<Env, ShipmentEvent>;
