// Positive LW045: helpdesk creates the ticket with Prisma, then a setTimeout callback sets priority on the returned object only.
import { PrismaClient, type Ticket } from "@prisma/client";
import { scorePriority } from "./triage";

const prisma = new PrismaClient();

export interface NewTicket {
  customerId: string;
  subject: string;
  body: string;
}

export async function openTicket(input: NewTicket): Promise<Ticket> {
  const ticket = await prisma.ticket.create({
    data: { customerId: input.customerId, subject: input.subject, body: input.body, status: "open" },
  });
  setTimeout(() => {
    ticket.priority = scorePriority(input.subject, input.body);
  }, 0);
  return ticket;
}
