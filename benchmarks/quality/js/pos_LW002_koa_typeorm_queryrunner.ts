// positive LW002: Koa route releases a TypeORM QueryRunner in finally while a save() on its manager is still pending
import type { Context } from "koa";
import { dataSource } from "./data-source";
import { Download, Release } from "./entities";

export async function downloadRelease(ctx: Context) {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const release = await runner.manager.findOneByOrFail(Release, { tag: ctx.params.tag });
    runner.manager.save(Download, { releaseId: release.id, at: new Date(), ip: ctx.ip });
    ctx.redirect(release.assetUrl);
  } finally {
    await runner.release();
  }
}
