// positive LW004: NestJS service catches the TypeORM save failure, warns and returns null as if nothing was to save
import { Injectable, Logger } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { Preference } from "./preference.entity";

@Injectable()
export class PreferencesService {
  private readonly logger = new Logger(PreferencesService.name);

  constructor(@InjectRepository(Preference) private readonly prefs: Repository<Preference>) {}

  async setPreference(userId: string, key: string, value: string): Promise<Preference | null> {
    try {
      return await this.prefs.save({ userId, key, value });
    } catch (err) {
      this.logger.warn(`could not store preference ${key} for ${userId}: ${err}`);
      return null;
    }
  }
}
