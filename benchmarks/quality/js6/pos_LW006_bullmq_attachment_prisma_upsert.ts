// positive LW006: BullMQ worker upserts an Attachment for its message after thumbnailing with no parent check, while the thread-deleted job cascade-deletes messages and attachments
import { Worker, type Job } from "bullmq";
import { PrismaClient } from "@prisma/client";
import { makeThumbnail } from "./thumbs";

const prisma = new PrismaClient();
const connection = { host: process.env.REDIS_HOST, port: 6379 };

type AttachmentProcessed = { attachmentId: string; messageId: string; key: string; bytes: number };
type ThreadDeleted = { threadId: string };

async function attachmentProcessed(job: Job<AttachmentProcessed>) {
  const { attachmentId, messageId, key, bytes } = job.data;
  const thumbKey = await makeThumbnail(key);
  // Attachment.messageId -> Message.id (onDelete: Cascade)
  await prisma.attachment.upsert({
    where: { id: attachmentId },
    create: { id: attachmentId, messageId, key, thumbKey, bytes },
    update: { thumbKey, bytes },
  });
}

async function threadDeleted(job: Job<ThreadDeleted>) {
  await prisma.message.deleteMany({ where: { threadId: job.data.threadId } });
  await prisma.thread.delete({ where: { id: job.data.threadId } });
}

export const mediaWorker = new Worker(
  "chat-events",
  async (job) => {
    switch (job.name) {
      case "attachment.processed":
        return attachmentProcessed(job as Job<AttachmentProcessed>);
      case "thread.deleted":
        return threadDeleted(job as Job<ThreadDeleted>);
      default:
        throw new Error(`unknown job ${job.name}`);
    }
  },
  { connection, concurrency: 8 },
);
