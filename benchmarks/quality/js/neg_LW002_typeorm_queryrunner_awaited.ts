// negative LW002: the QueryRunner is released in finally after an awaited save inside a committed transaction
import type { Context } from "koa";
import { dataSource } from "./data-source";
import { Download, Release } from "./entities";

export async function downloadRelease(ctx: Context) {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    const release = await runner.manager.findOneByOrFail(Release, { tag: ctx.params.tag });
    await runner.manager.save(Download, { releaseId: release.id, at: new Date(), ip: ctx.ip });
    await runner.commitTransaction();
    ctx.redirect(release.assetUrl);
  } catch (err) {
    await runner.rollbackTransaction();
    throw err;
  } finally {
    await runner.release();
  }
}
