// positive LW001: a NestJS cron job issues one TypeORM update per expired trial in a loop without awaiting any of them
import { Injectable } from "@nestjs/common";
import { Cron, CronExpression } from "@nestjs/schedule";
import { InjectRepository } from "@nestjs/typeorm";
import { LessThan, Repository } from "typeorm";
import { Subscription } from "./subscription.entity";

@Injectable()
export class TrialExpiryJob {
  constructor(@InjectRepository(Subscription) private readonly subs: Repository<Subscription>) {}

  @Cron(CronExpression.EVERY_HOUR)
  async expireTrials() {
    const expired = await this.subs.find({ where: { plan: "trial", trialEndsAt: LessThan(new Date()) } });
    for (const sub of expired) {
      this.subs.update({ id: sub.id }, { plan: "free", downgradedAt: new Date() });
    }
  }
}
