// Negative LW002: reminder cron awaits each reminder-log create before the finally disconnects Prisma.
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
      await prisma.$transaction([
        prisma.reminderLog.create({ data: { invoiceId: invoice.id, sentAt: now } }),
        prisma.invoice.update({ where: { id: invoice.id }, data: { remindedAt: now } }),
      ]);
    }
    return due.length;
  } finally {
    await prisma.$disconnect();
  }
}
