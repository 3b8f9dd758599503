// negative LW045: SupportTicketService.open() uses a classifier loaded at module init and computes priority synchronously before the drizzle insert
import { eq } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { tickets } from "./schema";
import { priorityOf } from "./triage";

export type NewTicket = { id: string; customerId: string; subject: string; body: string };

export class SupportTicketService {
  constructor(private readonly db: PostgresJsDatabase) {}

  async open(ticket: NewTicket): Promise<string> {
    const priority = priorityOf(ticket.subject, ticket.body);
    await this.db.insert(tickets).values({ ...ticket, priority, status: "open" });
    return ticket.id;
  }

  async close(id: string, resolution: string): Promise<void> {
    await this.db.update(tickets).set({ status: "closed", resolution }).where(eq(tickets.id, id));
  }
}
