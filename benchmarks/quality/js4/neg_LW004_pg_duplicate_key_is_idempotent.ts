// negative LW004: webhook ledger treats only a unique violation (23505, the event is already stored) as success and re-throws every other pg error
import { Pool, type DatabaseError } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export type StripeEvent = { id: string; type: string; created: number; data: unknown };

function isUniqueViolation(err: unknown): err is DatabaseError {
  return typeof err === "object" && err !== null && (err as DatabaseError).code === "23505";
}

export async function recordWebhook(event: StripeEvent): Promise<"stored" | "duplicate"> {
  try {
    await pool.query(
      "INSERT INTO webhook_events (event_id, type, created_at, payload) VALUES ($1, $2, to_timestamp($3), $4)",
      [event.id, event.type, event.created, JSON.stringify(event.data)],
    );
    return "stored";
  } catch (err) {
    if (isUniqueViolation(err)) {
      console.info(`webhook ${event.id} already recorded`);
      return "duplicate";
    }
    throw err;
  }
}
