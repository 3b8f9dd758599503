// positive LW002: a NestJS service starts runner.manager.save(...) without awaiting and the finally releases the QueryRunner under it
import { Injectable, Logger } from "@nestjs/common";
import { DataSource } from "typeorm";
import { AuditEntry } from "./audit-entry.entity";
import { Account } from "./account.entity";

@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(private readonly dataSource: DataSource) {}

  async suspend(accountId: string, actor: string): Promise<Account> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.manager.update(Account, { id: accountId }, { suspended: true });
      runner.manager
        .save(AuditEntry, { accountId, actor, action: "suspend" })
        .catch((err) => this.logger.warn(`audit not written: ${err.message}`));
      return await runner.manager.findOneByOrFail(Account, { id: accountId });
    } finally {
      await runner.release();
    }
  }
}
