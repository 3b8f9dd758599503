// positive LW001: bookkeeper.record(row).then(...) floats in a knex-backed service: not awaited, no rejection handler
import type { Knex } from "knex";

interface InvoiceRow {
  number: string;
  customer: string;
  total: number;
}

export class Bookkeeper {
  constructor(private readonly knex: Knex) {}

  async record(row: InvoiceRow): Promise<number> {
    const [id] = await this.knex("invoices").insert(row).returning("id");
    return id;
  }
}

export class InvoiceService {
  private issued = 0;

  constructor(private readonly bookkeeper: Bookkeeper) {}

  issue(customer: string, total: number): string {
    const number = `INV-${Date.now()}-${++this.issued}`;
    this.bookkeeper.record({ number, customer, total }).then((id) => {
      console.debug(`invoice ${number} stored as ${id}`);
    });
    return number;
  }
}
