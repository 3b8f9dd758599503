// Positive LW004: subscription service awaits a drizzle insert whose .catch only warns, then reports success.
import { drizzle } from "drizzle-orm/node-postgres";
import { eq } from "drizzle-orm";
import { subscriptions, plans } from "./schema";
import { logger } from "./logger";

type Db = ReturnType<typeof drizzle>;

export class SubscriptionService {
  constructor(private readonly db: Db) {}

  async planPrice(planId: string): Promise<number> {
    const [plan] = await this.db.select({ price: plans.priceCents }).from(plans).where(eq(plans.id, planId));
    if (!plan) throw new Error(`unknown plan ${planId}`);
    return plan.price;
  }

  async subscribe(customerId: string, planId: string): Promise<{ ok: true; priceCents: number }> {
    const priceCents = await this.planPrice(planId);
    await this.db
      .insert(subscriptions)
      .values({ customerId, planId, priceCents, startedAt: new Date() })
      .catch((err) => logger.warn({ err, customerId, planId }, "subscription insert failed"));
    return { ok: true, priceCents };
  }
}
