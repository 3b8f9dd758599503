// Positive LW002: cron entrypoint disconnects Prisma in finally while the reminder-log create it started is still pending.
import { PrismaClient } from "@prisma/client";
import { sendReminder } from "./mailer";

export async function runReminders(now = new Date()): Promise<number> {
  const prisma = new PrismaClient();
  try {
    const due = await prisma.invoice.findMany({
      where: { status: "open", dueAt: { lt: now }, remindedAt: null },
      select: { id: true, customerEmail: true },
    });
    for (const invoice of due) {
      await sendReminder(invoice.customerEmail, invoice.id);
      prisma.reminderLog
        .create({ data: { invoiceId: invoice.id, sentAt: now } })
        .catch((err) => console.warn(`reminder log for ${invoice.id} failed`, err));
    }
    return due.length;
  } finally {
    await prisma.$disconnect();
  }
}
