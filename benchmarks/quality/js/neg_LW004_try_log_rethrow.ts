// negative LW004: the insert failure is logged at error level and rethrown to the caller
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { events } from "./schema";
import { logger } from "./logger";

export async function recordEvent(db: NodePgDatabase, event: { userId: string; name: string }): Promise<void> {
  try {
    await db.insert(events).values({ userId: event.userId, name: event.name, at: new Date() });
  } catch (err) {
    logger.error("failed to record event", { error: String(err), userId: event.userId });
    throw err;
  }
}
