// negative LW005: NestJS controller awaits the save, then emits an event whose listener only sends a welcome email
import { Body, Controller, HttpCode, Injectable, Post } from "@nestjs/common";
import { EventEmitter2, OnEvent } from "@nestjs/event-emitter";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { User } from "./user.entity";
import { MailService } from "./mail.service";

@Injectable()
export class WelcomeMailListener {
  constructor(private readonly mail: MailService) {}

  @OnEvent("user.registered", { async: true })
  async handle(user: User) {
    await this.mail.sendWelcome(user.email);
  }
}

@Controller("users")
export class UsersController {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly events: EventEmitter2,
  ) {}

  @Post()
  @HttpCode(201)
  async register(@Body() dto: { email: string; name: string }) {
    const user = await this.users.save(this.users.create(dto));
    this.events.emit("user.registered", user);
    return { success: true, id: user.id };
  }
}
