// negative LW002: Next.js route handler uses the module-level Prisma singleton (never disconnected per request) and awaits the task update and audit row in one transaction
import { NextResponse, type NextRequest } from "next/server";
import { PrismaClient } from "@prisma/client";

export const runtime = "nodejs";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };
const prisma = globalForPrisma.prisma ?? new PrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export async function PATCH(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const patch = (await req.json()) as { title?: string; dueAt?: string };
  const [task] = await prisma.$transaction([
    prisma.task.update({
      where: { id },
      data: { title: patch.title, dueAt: patch.dueAt ? new Date(patch.dueAt) : undefined },
    }),
    prisma.auditEntry.create({ data: { entity: "task", entityId: id, action: "update", payload: patch } }),
  ]);
  return NextResponse.json(task);
}
