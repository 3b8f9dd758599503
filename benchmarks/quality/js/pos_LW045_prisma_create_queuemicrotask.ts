// positive LW045: a prisma create commits the ticket; queueMicrotask later sets ticket.language on the returned object only
import type { PrismaClient, Ticket } from "@prisma/client";
import { detectLanguage } from "./lang";

export async function openTicket(prisma: PrismaClient, customerId: string, text: string): Promise<Ticket> {
  const ticket = await prisma.ticket.create({ data: { customerId, text, status: "open" } });
  queueMicrotask(() => {
    ticket.language = detectLanguage(ticket.text);
  });
  return ticket;
}
