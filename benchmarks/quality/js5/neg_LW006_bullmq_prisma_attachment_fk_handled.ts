// negative LW006: BullMQ worker upserts the attachment but handles Prisma's P2003 foreign-key violation (ticket purged first) by logging and skipping; other errors are rethrown
import { Worker, type Job } from "bullmq";
import { Prisma, PrismaClient } from "@prisma/client";
import IORedis from "ioredis";

const prisma = new PrismaClient();
const connection = new IORedis(process.env.REDIS_URL ?? "redis://localhost:6379", { maxRetriesPerRequest: null });

type ScannedJob = { ticketId: string; attachmentId: string; fileName: string; clean: boolean; scannedAt: string };

async function onAttachmentScanned(data: ScannedJob) {
  try {
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
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2003") {
      console.warn(`attachment ${data.attachmentId} skipped: ticket ${data.ticketId} was purged`);
      return;
    }
    throw err;
  }
}

export const worker = new Worker<ScannedJob>("attachments", (job: Job<ScannedJob>) => onAttachmentScanned(job.data), {
  connection,
  concurrency: 8,
});
