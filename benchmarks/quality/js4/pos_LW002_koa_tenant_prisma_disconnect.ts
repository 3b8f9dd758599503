// positive LW002: Koa middleware builds a tenant PrismaClient per request and $disconnect()s it after next(); the export route leaves the auditLog.create running in the background
import Koa, { type Context, type Next } from "koa";
import Router from "@koa/router";
import { PrismaClient } from "@prisma/client";

type State = { prisma: PrismaClient; tenant: string; userId: string };

async function tenantPrisma(ctx: Context & { state: State }, next: Next) {
  const tenant = ctx.get("x-tenant-id");
  const prisma = new PrismaClient({
    datasources: { db: { url: `${process.env.DATABASE_URL}?schema=tenant_${tenant}` } },
  });
  ctx.state.prisma = prisma;
  ctx.state.tenant = tenant;
  ctx.state.userId = ctx.get("x-user-id");
  try {
    await next();
  } finally {
    await prisma.$disconnect();
  }
}

const router = new Router<State>();

router.get("/reports/:id/export", async (ctx) => {
  const { prisma, userId } = ctx.state;
  const report = await prisma.report.findUnique({ where: { id: ctx.params.id }, include: { rows: true } });
  if (!report) {
    ctx.status = 404;
    return;
  }

  prisma.auditLog
    .create({ data: { userId, action: "report.export", subjectId: report.id, at: new Date() } })
    .catch((err) => console.warn("audit log write failed", err));

  ctx.set("content-type", "text/csv");
  ctx.body = report.rows.map((r) => `${r.label},${r.value}`).join("\n");
});

const app = new Koa();
app.use(tenantPrisma);
app.use(router.routes());
app.listen(4000);
