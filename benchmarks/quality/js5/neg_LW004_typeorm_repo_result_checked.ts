// negative LW004: subscription repository returns a Saved | Failed result instead of throwing, and the NestJS controller checks it and answers 503 on failure
import { Body, Controller, Injectable, Logger, Param, Put, ServiceUnavailableException } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Column, Entity, PrimaryColumn, Repository } from "typeorm";

@Entity("subscriptions")
export class Subscription {
  @PrimaryColumn() accountId!: string;
  @Column() plan!: string;
  @Column("int") seats!: number;
}

export type SaveResult = { ok: true; value: Subscription } | { ok: false; error: Error };

@Injectable()
export class SubscriptionRepository {
  private readonly logger = new Logger(SubscriptionRepository.name);

  constructor(@InjectRepository(Subscription) private readonly orm: Repository<Subscription>) {}

  async findOne(accountId: string): Promise<Subscription | null> {
    return this.orm.findOneBy({ accountId });
  }

  async persist(sub: Subscription): Promise<SaveResult> {
    try {
      return { ok: true, value: await this.orm.save(sub) };
    } catch (err) {
      this.logger.error(`saving subscription ${sub.accountId} failed`, (err as Error).stack);
      return { ok: false, error: err as Error };
    }
  }
}

@Controller("accounts/:accountId/subscription")
export class SubscriptionController {
  constructor(private readonly subs: SubscriptionRepository) {}

  @Put("seats")
  async changeSeats(@Param("accountId") accountId: string, @Body() body: { seats: number }) {
    const current = await this.subs.findOne(accountId);
    const sub = Object.assign(current ?? new Subscription(), { accountId, seats: body.seats });
    const result = await this.subs.persist(sub);
    if (!result.ok) {
      throw new ServiceUnavailableException("subscription could not be saved, retry later");
    }
    return { accountId, seats: result.value.seats };
  }
}
