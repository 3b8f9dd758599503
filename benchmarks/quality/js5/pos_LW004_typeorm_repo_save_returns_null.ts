// positive LW004: subscription repository's save wrapper catches the TypeORM error, logs it and returns null; the NestJS controller treats null as "nothing changed" and answers 200
import { Body, Controller, Injectable, Logger, Param, Put } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Column, Entity, PrimaryColumn, Repository } from "typeorm";

@Entity("subscriptions")
export class Subscription {
  @PrimaryColumn() accountId!: string;
  @Column() plan!: string;
  @Column("int") seats!: number;
  @Column({ type: "timestamptz" }) renewsAt!: Date;
}

@Injectable()
export class SubscriptionRepository {
  private readonly logger = new Logger(SubscriptionRepository.name);

  constructor(@InjectRepository(Subscription) private readonly orm: Repository<Subscription>) {}

  async findOne(accountId: string): Promise<Subscription | null> {
    return this.orm.findOneBy({ accountId });
  }

  async persist(sub: Subscription): Promise<Subscription | null> {
    try {
      return await this.orm.save(sub);
    } catch (err) {
      this.logger.error(`saving subscription ${sub.accountId} failed: ${(err as Error).message}`);
      return null;
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
    const saved = await this.subs.persist(sub);
    return { accountId, seats: saved?.seats ?? body.seats, status: "ok" };
  }
}
