// negative LW002: Koa middleware disconnects the per-request tenant PrismaClient after next(), and the export route awaits its auditLog.create before returning
import Koa, { type Context, type Next } from "koa";
import Router from "@koa/router";
import { PrismaClient } from "@prisma/client";

type State = { prisma: PrismaClient; userId: string };

async function tenantPrisma(ctx: Context & { state: State }, next: Next) {
  const prisma = new PrismaClient({
    datasources: { db: { url: `${process.env.DATABASE_URL}?schema=tenant_${ctx.get("x-tenant-id")}` } },
  });
  ctx.state.prisma = prisma;
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
  await prisma.auditLog.create({
    data: { userId, action: "report.export", subjectId: report.id, at: new Date() },
  });
  ctx.set("content-type", "text/csv");
  ctx.body = report.rows.map((r) => `${r.label},${r.value}`).join("\n");
});

const app = new Koa();
app.use(tenantPrisma);
app.use(router.routes());
app.listen(4000);
