// negative LW002: the NestJS service awaits every write on the QueryRunner inside a transaction before releasing it
import { Injectable } from "@nestjs/common";
import { DataSource } from "typeorm";
import { Account } from "./account.entity";
import { AuditEntry } from "./audit-entry.entity";

@Injectable()
export class AccountsService {
  constructor(private readonly dataSource: DataSource) {}

  async suspend(accountId: string, actor: string): Promise<Account> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.manager.update(Account, { id: accountId }, { suspended: true });
      await runner.manager.save(AuditEntry, { accountId, actor, action: "suspend" });
      await runner.commitTransaction();
      return await runner.manager.findOneByOrFail(Account, { id: accountId });
    } catch (err) {
      await runner.rollbackTransaction();
      throw err;
    } finally {
      await runner.release();
    }
  }
}
