// negative LW001: NestJS service returns the repository.save() promise to its awaiting caller
import { Injectable } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { LoginEvent } from "./login-event.entity";

@Injectable()
export class LoginHistoryService {
  constructor(@InjectRepository(LoginEvent) private readonly logins: Repository<LoginEvent>) {}

  record(userId: string, ip: string): Promise<LoginEvent> {
    const event = this.logins.create({ userId, ip, at: new Date() });
    return this.logins.save(event);
  }

  async recordAndCount(userId: string, ip: string): Promise<number> {
    await this.record(userId, ip);
    return this.logins.countBy({ userId });
  }
}
