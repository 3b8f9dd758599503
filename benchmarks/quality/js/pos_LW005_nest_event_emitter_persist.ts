// positive LW005: NestJS controller emits user.registered (its listener saves the user) and returns { success: true } with 201
import { Body, Controller, HttpCode, Injectable, Post } from "@nestjs/common";
import { EventEmitter2, OnEvent } from "@nestjs/event-emitter";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { User } from "./user.entity";

class RegisterDto {
  email!: string;
  name!: string;
}

@Injectable()
export class UserPersistenceListener {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  @OnEvent("user.registered", { async: true })
  async handle(dto: RegisterDto & { id: string }) {
    await this.users.save(this.users.create(dto));
  }
}

@Controller("users")
export class UsersController {
  constructor(private readonly events: EventEmitter2) {}

  @Post()
  @HttpCode(201)
  register(@Body() dto: RegisterDto) {
    const id = crypto.randomUUID();
    this.events.emit("user.registered", { ...dto, id });
    return { success: true, id };
  }
}
