// positive LW002: Cloudflare Queues consumer opens postgres.js per batch and ends it in finally; the lag metric insert per message is started without await and races the end()
import postgres from "postgres";

interface Env {
  HYPERDRIVE: Hyperdrive;
}

interface ShipmentEvent {
  shipmentId: string;
  status: "picked" | "in_transit" | "delivered";
  occurredAt: string;
}

function recordLag(sql: postgres.Sql, msg: Message<ShipmentEvent>) {
  const lagMs = Date.now() - Date.parse(msg.body.occurredAt);
  return sql`insert into consumer_lag (queue, message_id, lag_ms, seen_at) values ('shipments', ${msg.id}, ${lagMs}, now())`;
}

export default {
  async queue(batch: MessageBatch<ShipmentEvent>, env: Env): Promise<void> {
    const sql = postgres(env.HYPERDRIVE.connectionString, { max: 2 });
    try {
      for (const msg of batch.messages) {
        await sql`
          update shipments set status = ${msg.body.status}, status_at = ${msg.body.occurredAt}
          where id = ${msg.body.shipmentId} and status_at < ${msg.body.occurredAt}
        `;
        recordLag(sql, msg);
        msg.ack();
      }
    } finally {
      await sql.end({ timeout: 0 });
    }
  },
} satisfies ExportedHandler<Env, ShipmentEvent>;
