// positive LW005: Next.js route handler returns 201 with the new comment id while prisma.comment.create runs later inside after(), past the response
import { NextResponse, after } from "next/server";
import { prisma } from "@/lib/prisma";
import { auth } from "@/auth";
import { createId } from "@paralleldrive/cuid2";

export async function POST(request: Request, { params }: { params: Promise<{ postId: string }> }) {
  const session = await auth();
  if (!session?.user) {
    return NextResponse.json({ error: "sign in to comment" }, { status: 401 });
  }
  const { postId } = await params;
  const { body } = (await request.json()) as { body: string };
  if (!body || body.length > 5000) {
    return NextResponse.json({ error: "comment must be 1-5000 characters" }, { status: 400 });
  }

  const id = createId();
  after(async () => {
    await prisma.comment.create({
      data: { id, postId, authorId: session.user.id, body },
    });
  });

  return NextResponse.json({ id, postId, body }, { status: 201 });
}

export async function GET(_request: Request, { params }: { params: Promise<{ postId: string }> }) {
  const { postId } = await params;
  const comments = await prisma.comment.findMany({ where: { postId }, orderBy: { createdAt: "asc" } });
  return NextResponse.json(comments);
}
