// negative LW045: the post is created, then the detected language is written back with an awaited prisma.post.update
import { PrismaClient } from "@prisma/client";

async function detectLanguage(text: string): Promise<string> {
  const { franc } = await import("franc");
  return franc(text);
}

export async function publish(prisma: PrismaClient, authorId: string, title: string, body: string) {
  const post = await prisma.post.create({ data: { authorId, title, body } });
  const language = await detectLanguage(body);
  return prisma.post.update({ where: { id: post.id }, data: { language } });
}
