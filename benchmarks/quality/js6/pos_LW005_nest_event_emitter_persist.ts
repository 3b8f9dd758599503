// positive LW005: NestJS controller emits "ticket.opened" and returns 201 with the id; the @OnEvent listener is what saves the ticket, later
import { Body, Controller, HttpCode, Injectable, Post } from "@nestjs/common";
import { EventEmitter2, OnEvent } from "@nestjs/event-emitter";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { randomUUID } from "node:crypto";
import { Ticket } from "./ticket.entity";

export class OpenTicketDto {
  subject!: string;
  body!: string;
  requesterEmail!: string;
}

export class TicketOpenedEvent {
  constructor(
    readonly id: string,
    readonly dto: OpenTicketDto,
  ) {}
}

@Controller("tickets")
export class TicketsController {
  constructor(private readonly events: EventEmitter2) {}

  @Post()
  @HttpCode(201)
  open(@Body() dto: OpenTicketDto) {
    const id = randomUUID();
    this.events.emit("ticket.opened", new TicketOpenedEvent(id, dto));
    return { id, status: "open" };
  }
}

@Injectable()
export class TicketPersistenceListener {
  constructor(@InjectRepository(Ticket) private readonly tickets: Repository<Ticket>) {}

  @OnEvent("ticket.opened", { async: true })
  async persist(event: TicketOpenedEvent) {
    await this.tickets.save(this.tickets.create({ id: event.id, ...event.dto, status: "open" }));
  }
}
