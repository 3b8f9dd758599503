// negative LW006: the attachment worker catches Prisma's foreign-key violation (P2003) for a message deleted meanwhile, logs both ids and skips; other errors still fail the job
import { Worker, type Job } from "bullmq";
import { Prisma, PrismaClient } from "@prisma/client";
import { makeThumbnail } from "./thumbs";

const prisma = new PrismaClient();
const connection = { host: process.env.REDIS_HOST, port: 6379 };

type AttachmentProcessed = { attachmentId: string; messageId: string; key: string; bytes: number };

async function attachmentProcessed(job: Job<AttachmentProcessed>) {
  const { attachmentId, messageId, key, bytes } = job.data;
  const thumbKey = await makeThumbnail(key);
  try {
    await prisma.attachment.upsert({
      where: { id: attachmentId },
      create: { id: attachmentId, messageId, key, thumbKey, bytes },
      update: { thumbKey, bytes },
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2003") {
      console.warn("skipping attachment of deleted message", { attachmentId, messageId });
      return;
    }
    throw err;
  }
}

async function threadDeleted(job: Job<{ threadId: string }>) {
  await prisma.thread.delete({ where: { id: job.data.threadId } });
}

export const mediaWorker = new Worker(
  "chat-events",
  async (job) => {
    if (job.name === "attachment.processed") return attachmentProcessed(job as Job<AttachmentProcessed>);
    if (job.name === "thread.deleted") return threadDeleted(job as Job<{ threadId: string }>);
    throw new Error(`unknown job ${job.name}`);
  },
  { connection, concurrency: 8 },
);
