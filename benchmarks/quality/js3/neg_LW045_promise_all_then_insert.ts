// Negative LW045: priority and language are computed concurrently and the ticket is created only once both are known.
import { PrismaClient, type Ticket } from "@prisma/client";
import { detectLanguage, scorePriority } from "./triage";

const prisma = new PrismaClient();

export async function openTicket(customerId: string, subject: string, body: string): Promise<Ticket> {
  const [priority, language] = await Promise.all([scorePriority(subject, body), detectLanguage(body)]);
  return prisma.ticket.create({
    data: { customerId, subject, body, status: "open", priority, language },
  });
}
