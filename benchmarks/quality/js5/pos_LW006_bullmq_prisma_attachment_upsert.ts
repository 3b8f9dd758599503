// positive LW006: BullMQ worker upserts a ticket attachment with Prisma on "attachment.scanned" while "ticket.purged" jobs delete the ticket (attachments cascade); no parent check
import { Worker, type Job } from "bullmq";
import { PrismaClient } from "@prisma/client";
import IORedis from "ioredis";

const prisma = new PrismaClient();
const connection = new IORedis(process.env.REDIS_URL ?? "redis://localhost:6379", { maxRetriesPerRequest: null });

type TicketJob =
  | { kind: "ticket.purged"; ticketId: string }
  | { kind: "attachment.scanned"; ticketId: string; attachmentId: string; fileName: string; clean: boolean; scannedAt: string };

async function onAttachmentScanned(data: Extract<TicketJob, { kind: "attachment.scanned" }>) {
  await prisma.attachment.upsert({
    where: { id: data.attachmentId },
    create: {
      id: data.attachmentId,
      ticketId: data.ticketId,
      fileName: data.fileName,
      clean: data.clean,
      scannedAt: new Date(data.scannedAt),
    },
    update: { clean: data.clean, scannedAt: new Date(data.scannedAt) },
  });
}

async function onTicketPurged(data: Extract<TicketJob, { kind: "ticket.purged" }>) {
  // Attachment.ticket has onDelete: Cascade in schema.prisma
  await prisma.ticket.delete({ where: { id: data.ticketId } });
}

export const worker = new Worker<TicketJob>(
  "tickets",
  async (job: Job<TicketJob>) => {
    switch (job.data.kind) {
      case "attachment.scanned":
        return onAttachmentScanned(job.data);
      case "ticket.purged":
        return onTicketPurged(job.data);
    }
  },
  { connection, concurrency: 8 },
);
