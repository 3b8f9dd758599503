// positive LW005: a NestJS controller emits "signup.created" (an @OnEvent listener saves it) and returns 201 before the save
import { Body, Controller, HttpCode, Injectable, Post } from "@nestjs/common";
import { EventEmitter2, OnEvent } from "@nestjs/event-emitter";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { Signup } from "./signup.entity";

@Injectable()
export class SignupPersister {
  constructor(@InjectRepository(Signup) private readonly signups: Repository<Signup>) {}

  @OnEvent("signup.created", { async: true })
  async handle(signup: { id: string; email: string }) {
    await this.signups.insert(signup);
  }
}

@Controller("signups")
export class SignupController {
  constructor(private readonly events: EventEmitter2) {}

  @Post()
  @HttpCode(201)
  create(@Body() body: { email: string }) {
    const signup = { id: crypto.randomUUID(), email: body.email };
    this.events.emit("signup.created", signup);
    return { id: signup.id };
  }
}
