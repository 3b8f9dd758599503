// positive LW045: support desk creates the ticket with Prisma, then a setTimeout callback computes the priority and assigns it to the returned object only; it is never written back
import { PrismaClient, type Ticket } from "@prisma/client";
import { scorePriority } from "./triage";

const prisma = new PrismaClient();

export interface NewTicket {
  requesterEmail: string;
  subject: string;
  body: string;
  channel: "email" | "chat" | "web";
}

export class TicketService {
  async open(input: NewTicket): Promise<Ticket> {
    const ticket = await prisma.ticket.create({
      data: { ...input, status: "open", priority: null },
    });

    setTimeout(async () => {
      const priority = await scorePriority({ subject: ticket.subject, body: ticket.body, channel: ticket.channel });
      ticket.priority = priority;
    }, 0);

    return ticket;
  }

  async assign(ticketId: string, agentId: string): Promise<Ticket> {
    return prisma.ticket.update({ where: { id: ticketId }, data: { assigneeId: agentId, status: "assigned" } });
  }
}
