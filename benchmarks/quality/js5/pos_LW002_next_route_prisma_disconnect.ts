// positive LW002: Next.js route handler builds a PrismaClient per invocation and $disconnect()s it in finally, while the audit row create it kicked off is still in flight
import { NextResponse, type NextRequest } from "next/server";
import { PrismaClient } from "@prisma/client";

export const runtime = "nodejs";

export async function PATCH(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const prisma = new PrismaClient();
  try {
    const patch = (await req.json()) as { title?: string; dueAt?: string };
    const task = await prisma.task.update({
      where: { id },
      data: { title: patch.title, dueAt: patch.dueAt ? new Date(patch.dueAt) : undefined },
    });

    prisma.auditEntry
      .create({ data: { entity: "task", entityId: id, action: "update", payload: patch } })
      .catch((e) => console.warn("audit skipped", e));

    return NextResponse.json(task);
  } finally {
    await prisma.$disconnect();
  }
}

export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const prisma = new PrismaClient();
  try {
    const task = await prisma.task.findUnique({ where: { id } });
    return task ? NextResponse.json(task) : NextResponse.json({ error: "not found" }, { status: 404 });
  } finally {
    await prisma.$disconnect();
  }
}
