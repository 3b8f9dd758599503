// positive LW005: Next.js route defers the comment insert with after() and answers 201 { success: true }
import { after, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request, { params }: { params: { postId: string } }) {
  const { author, body } = await req.json();
  const id = crypto.randomUUID();

  after(async () => {
    await prisma.comment.create({ data: { id, postId: params.postId, author, body } });
  });

  return NextResponse.json({ id, success: true }, { status: 201 });
}
