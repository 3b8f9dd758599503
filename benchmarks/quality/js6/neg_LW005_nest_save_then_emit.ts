// negative LW005: NestJS controller awaits the TypeORM save before emitting "ticket.opened"; the listener only sends the confirmation email
import { Body, Controller, HttpCode, Injectable, Post } from "@nestjs/common";
import { EventEmitter2, OnEvent } from "@nestjs/event-emitter";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { Ticket } from "./ticket.entity";
import { MailerService } from "./mailer.service";

export class OpenTicketDto {
  subject!: string;
  body!: string;
  requesterEmail!: string;
}

@Controller("tickets")
export class TicketsController {
  constructor(
    @InjectRepository(Ticket) private readonly tickets: Repository<Ticket>,
    private readonly events: EventEmitter2,
  ) {}

  @Post()
  @HttpCode(201)
  async open(@Body() dto: OpenTicketDto) {
    const ticket = await this.tickets.save(this.tickets.create({ ...dto, status: "open" }));
    this.events.emit("ticket.opened", { id: ticket.id, email: dto.requesterEmail, subject: dto.subject });
    return { id: ticket.id, status: ticket.status };
  }
}

@Injectable()
export class TicketMailListener {
  constructor(private readonly mailer: MailerService) {}

  @OnEvent("ticket.opened", { async: true })
  async confirm(event: { id: string; email: string; subject: string }) {
    await this.mailer.send(event.email, `We received: ${event.subject}`, `Ticket #${event.id}`);
  }
}
