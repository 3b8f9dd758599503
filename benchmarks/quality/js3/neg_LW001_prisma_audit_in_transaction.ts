// Negative LW001: account service writes the email change and its audit entry in one awaited Prisma transaction.
import { PrismaClient, type Account } from "@prisma/client";

export interface EmailChange {
  accountId: string;
  newEmail: string;
  actorId: string;
}

export class AccountService {
  constructor(private readonly prisma: PrismaClient) {}

  async changeEmail(change: EmailChange): Promise<Account> {
    const [account] = await this.prisma.$transaction([
      this.prisma.account.update({
        where: { id: change.accountId },
        data: { email: change.newEmail, emailVerified: false },
      }),
      this.prisma.auditLog.create({
        data: { accountId: change.accountId, actorId: change.actorId, action: "email.changed" },
      }),
    ]);
    return account;
  }
}
