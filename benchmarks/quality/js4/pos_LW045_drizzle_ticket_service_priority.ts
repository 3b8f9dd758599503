// positive LW045: SupportTicketService.open() inserts the ticket with drizzle, then sets ticket.priority in a classifier.ready.then() callback on the in-memory object; the row keeps priority NULL
import { eq } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { tickets } from "./schema";
import type { TriageClassifier } from "./triage";

export type NewTicket = {
  id: string;
  customerId: string;
  subject: string;
  body: string;
  priority?: "p1" | "p2" | "p3";
};

export class SupportTicketService {
  constructor(
    private readonly db: PostgresJsDatabase,
    private readonly classifier: { ready: Promise<TriageClassifier> },
  ) {}

  async byId(id: string) {
    const rows = await this.db.select().from(tickets).where(eq(tickets.id, id)).limit(1);
    return rows[0] ?? null;
  }

  async open(ticket: NewTicket): Promise<string> {
    await this.db.insert(tickets).values({
      id: ticket.id,
      customerId: ticket.customerId,
      subject: ticket.subject,
      body: ticket.body,
      priority: ticket.priority ?? null,
      status: "open",
    });

    this.classifier.ready.then((c) => {
      ticket.priority = c.priority(ticket.subject, ticket.body);
    });

    return ticket.id;
  }

  async close(id: string, resolution: string): Promise<void> {
    await this.db.update(tickets).set({ status: "closed", resolution }).where(eq(tickets.id, id));
  }
}
