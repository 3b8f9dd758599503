// positive LW006: a kafkajs eachMessage consumer upserts ledger lines; LedgerClosed messages delete the ledger (cascade)
import { Kafka } from "kafkajs";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const consumer = new Kafka({ brokers: ["kafka:9092"] }).consumer({ groupId: "ledger-projection" });

export async function run(): Promise<void> {
  await consumer.connect();
  await consumer.subscribe({ topic: "ledger-events" });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const e = JSON.parse(message.value!.toString());
      if (e.type === "LedgerClosed") {
        await pool.query("DELETE FROM ledgers WHERE id = $1", [e.ledgerId]);
      } else if (e.type === "LineBooked") {
        await pool.query(
          `INSERT INTO ledger_lines (ledger_id, line_no, amount) VALUES ($1, $2, $3)
           ON CONFLICT (ledger_id, line_no) DO UPDATE SET amount = EXCLUDED.amount`,
          [e.ledgerId, e.lineNo, e.amount],
        );
      }
    },
  });
}
