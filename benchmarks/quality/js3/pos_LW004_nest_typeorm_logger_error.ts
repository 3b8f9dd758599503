// Positive LW004: NestJS service logs a failed TypeORM save with Logger.error and continues without rethrowing.
import { Injectable, Logger } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import type { Repository } from "typeorm";
import { Consent } from "./consent.entity";

@Injectable()
export class ConsentService {
  private readonly logger = new Logger(ConsentService.name);

  constructor(@InjectRepository(Consent) private readonly consents: Repository<Consent>) {}

  async current(userId: string): Promise<Consent | null> {
    return this.consents.findOne({ where: { userId }, order: { recordedAt: "DESC" } });
  }

  async record(userId: string, marketing: boolean, analytics: boolean): Promise<void> {
    const consent = this.consents.create({ userId, marketing, analytics, recordedAt: new Date() });
    try {
      await this.consents.save(consent);
    } catch (err) {
      this.logger.error(`could not record consent for ${userId}`, (err as Error).stack);
    }
  }
}
