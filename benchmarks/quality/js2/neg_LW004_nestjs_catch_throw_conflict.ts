// negative LW004: a unique-violation on save is turned into a NestJS ConflictException; other errors are rethrown
import { ConflictException, Injectable } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { QueryFailedError, Repository } from "typeorm";
import { Secret } from "./secret.entity";

@Injectable()
export class VaultService {
  constructor(@InjectRepository(Secret) private readonly vault: Repository<Secret>) {}

  async store(owner: string, name: string, ciphertext: string): Promise<{ name: string }> {
    try {
      await this.vault.insert({ owner, name, ciphertext });
    } catch (error) {
      if (error instanceof QueryFailedError && (error as { code?: string }).code === "23505") {
        throw new ConflictException(`secret ${name} already exists`);
      }
      throw error;
    }
    return { name };
  }
}
