// positive LW001: the writes are collected with Promise.all, but the Promise.all itself is neither awaited nor returned
import type { PrismaClient } from "@prisma/client";

export async function archiveProjects(prisma: PrismaClient, ownerId: string) {
  const projects = await prisma.project.findMany({ where: { ownerId, archived: false } });

  Promise.all(
    projects.map((p) => prisma.project.update({ where: { id: p.id }, data: { archived: true, archivedAt: new Date() } })),
  );

  return { archived: projects.length };
}
