// negative LW005: the NestJS controller awaits the insert, then emits "signup.created" for a welcome-mail listener
import { Body, Controller, HttpCode, Post } from "@nestjs/common";
import { EventEmitter2 } from "@nestjs/event-emitter";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { Signup } from "./signup.entity";

@Controller("signups")
export class SignupController {
  constructor(
    @InjectRepository(Signup) private readonly signups: Repository<Signup>,
    private readonly events: EventEmitter2,
  ) {}

  @Post()
  @HttpCode(201)
  async create(@Body() body: { email: string }) {
    const signup = { id: crypto.randomUUID(), email: body.email };
    await this.signups.insert(signup);
    this.events.emit("signup.created", signup);
    return { id: signup.id };
  }
}
