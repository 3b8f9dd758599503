// positive LW001: NestJS service calls repository.save() for the login history and never awaits it
import { Injectable } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { LoginEvent } from "./login-event.entity";
import { User } from "./user.entity";

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(LoginEvent) private readonly logins: Repository<LoginEvent>,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async recordLogin(userId: string, ip: string): Promise<User> {
    const user = await this.users.findOneByOrFail({ id: userId });
    const event = this.logins.create({ user, ip, at: new Date() });
    this.logins.save(event);
    return user;
  }
}
