// positive LW001: BullMQ processor writes each invoice line in rows.forEach(async ...), so every insert promise is dropped and the job completes before they land
import { Worker } from "bullmq";
import IORedis from "ioredis";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";

const connection = new IORedis(process.env.REDIS_URL, { maxRetriesPerRequest: null });
const db = new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: process.env.DATABASE_URL }) }) });

async function fetchUsage(accountId, period) {
  const res = await fetch(`${process.env.METERING_URL}/usage/${accountId}?period=${period}`);
  if (!res.ok) throw new Error(`metering answered ${res.status}`);
  return res.json();
}

function priceLine(line) {
  return { ...line, amount_cents: Math.round(line.quantity * line.unit_price_cents) };
}

async function buildInvoice(job) {
  const { accountId, period } = job.data;
  const usage = await fetchUsage(accountId, period);
  const invoice = await db
    .insertInto("invoices")
    .values({ account_id: accountId, period, status: "draft" })
    .returning("id")
    .executeTakeFirstOrThrow();

  usage.lines.map(priceLine).forEach(async (line) => {
    await db
      .insertInto("invoice_lines")
      .values({ invoice_id: invoice.id, sku: line.sku, quantity: line.quantity, amount_cents: line.amount_cents })
      .execute();
  });

  await job.updateProgress(100);
  return { invoiceId: invoice.id, lines: usage.lines.length };
}

export const worker = new Worker("invoices", buildInvoice, { connection, concurrency: 4 });

worker.on("failed", (job, err) => {
  console.error("invoice job failed", job?.id, err);
});
