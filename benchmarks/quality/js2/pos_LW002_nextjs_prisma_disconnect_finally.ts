// positive LW002: a Next.js route handler creates a PrismaClient per request, floats a create(), and $disconnect()s it in finally
import { PrismaClient } from "@prisma/client";
import { NextResponse } from "next/server";

export async function GET(_req: Request, { params }: { params: { slug: string } }) {
  const prisma = new PrismaClient();
  try {
    const post = await prisma.post.findUnique({ where: { slug: params.slug } });
    if (!post) return NextResponse.json({ error: "not found" }, { status: 404 });
    prisma.pageView
      .create({ data: { postId: post.id } })
      .catch((e: Error) => console.warn("page view lost", e.message));
    return NextResponse.json(post);
  } finally {
    await prisma.$disconnect();
  }
}
