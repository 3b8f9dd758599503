// negative LW045: support desk awaits the priority score first and creates the ticket with it in one Prisma write; the timer after the commit only schedules an SLA reminder in memory
import { PrismaClient, type Ticket } from "@prisma/client";
import { scorePriority } from "./triage";
import { reminders } from "./reminders";

const prisma = new PrismaClient();

export interface NewTicket {
  requesterEmail: string;
  subject: string;
  body: string;
  channel: "email" | "chat" | "web";
}

export class TicketService {
  async open(input: NewTicket): Promise<Ticket> {
    const priority = await scorePriority({ subject: input.subject, body: input.body, channel: input.channel });
    const ticket = await prisma.ticket.create({
      data: { ...input, status: "open", priority },
    });
    setTimeout(() => reminders.schedule(ticket.id, priority === "urgent" ? 15 : 240), 0);
    return ticket;
  }
}
