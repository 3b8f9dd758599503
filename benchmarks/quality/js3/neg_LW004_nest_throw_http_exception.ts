// Negative LW004: NestJS service logs the TypeORM failure and throws ServiceUnavailableException to the caller.
import { Injectable, Logger, ServiceUnavailableException } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import type { Repository } from "typeorm";
import { Consent } from "./consent.entity";

@Injectable()
export class ConsentService {
  private readonly logger = new Logger(ConsentService.name);

  constructor(@InjectRepository(Consent) private readonly consents: Repository<Consent>) {}

  async record(userId: string, marketing: boolean): Promise<Consent> {
    try {
      return await this.consents.save(this.consents.create({ userId, marketing, recordedAt: new Date() }));
    } catch (err) {
      this.logger.error(`could not record consent for ${userId}`, (err as Error).stack);
      throw new ServiceUnavailableException("consent could not be recorded");
    }
  }
}
