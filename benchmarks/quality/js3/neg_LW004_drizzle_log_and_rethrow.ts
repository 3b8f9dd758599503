// Negative LW004: subscription service logs the failed drizzle insert with context and rethrows it.
import { drizzle } from "drizzle-orm/node-postgres";
import { subscriptions } from "./schema";
import { logger } from "./logger";

type Db = ReturnType<typeof drizzle>;

export class SubscriptionService {
  constructor(private readonly db: Db) {}

  async subscribe(customerId: string, planId: string, priceCents: number): Promise<void> {
    try {
      await this.db.insert(subscriptions).values({ customerId, planId, priceCents, startedAt: new Date() });
    } catch (err) {
      logger.error({ err, customerId, planId }, "subscription insert failed");
      throw err;
    }
  }
}
