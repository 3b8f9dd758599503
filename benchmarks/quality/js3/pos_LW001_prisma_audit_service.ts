// Positive LW001: account service fires the Prisma audit-log create without awaiting or returning it.
import { PrismaClient, type Account } from "@prisma/client";
import { logger } from "../lib/logger";

export interface EmailChange {
  accountId: string;
  newEmail: string;
  actorId: string;
}

export class AccountService {
  constructor(private readonly prisma: PrismaClient) {}

  async findById(id: string): Promise<Account | null> {
    return this.prisma.account.findUnique({ where: { id } });
  }

  async changeEmail(change: EmailChange): Promise<Account> {
    const account = await this.prisma.account.update({
      where: { id: change.accountId },
      data: { email: change.newEmail, emailVerified: false },
    });
    this.prisma.auditLog.create({
      data: {
        accountId: change.accountId,
        actorId: change.actorId,
        action: "email.changed",
        detail: { to: change.newEmail },
      },
    });
    logger.info({ accountId: account.id }, "email changed");
    return account;
  }
}
