// positive LW004: a NestJS service catches a failed vault repository save, warns through Logger, and returns as if stored
import { Injectable, Logger } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { Secret } from "./secret.entity";

@Injectable()
export class VaultService {
  private readonly logger = new Logger(VaultService.name);

  constructor(@InjectRepository(Secret) private readonly vault: Repository<Secret>) {}

  async list(owner: string): Promise<Secret[]> {
    return this.vault.findBy({ owner });
  }

  async store(owner: string, name: string, ciphertext: string): Promise<{ name: string }> {
    try {
      await this.vault.save(this.vault.create({ owner, name, ciphertext }));
    } catch (error) {
      this.logger.warn(`could not store secret ${name}: ${(error as Error).message}`);
    }
    return { name };
  }
}
