// negative LW045: after the prisma create, a .then() callback only logs that a notification went out; nothing is assigned to the record
import type { PrismaClient } from "@prisma/client";
import { notifyAgents } from "./notify";
import { logger } from "./logger";

export async function openTicket(prisma: PrismaClient, customerId: string, text: string) {
  const ticket = await prisma.ticket.create({ data: { customerId, text, status: "open" } });
  await notifyAgents(ticket.id).then(() => logger.info("agents notified", { ticketId: ticket.id }));
  return ticket;
}
