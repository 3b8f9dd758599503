// positive LW004: awaited drizzle insert with a .catch() that only warns, so the failed write resolves as success
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { events } from "./schema";
import { logger } from "./logger";

export type TrackedEvent = { userId: string; name: string; props: Record<string, unknown> };

export async function recordEvent(db: NodePgDatabase, event: TrackedEvent): Promise<void> {
  await db
    .insert(events)
    .values({ userId: event.userId, name: event.name, props: event.props, at: new Date() })
    .catch((err) => {
      logger.warn("failed to record event", { error: err.message });
    });
}
