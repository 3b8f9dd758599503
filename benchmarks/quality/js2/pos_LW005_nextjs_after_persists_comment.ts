// positive LW005: a Next.js route handler persists the comment inside after(...), which runs once the 201 has been sent
import { after, NextResponse } from "next/server";
import { db } from "@/lib/db";
import { comments } from "@/lib/schema";

export async function POST(request: Request, { params }: { params: { postId: string } }) {
  const { author, text } = await request.json();
  const comment = { id: crypto.randomUUID(), postId: params.postId, author, text };
  after(async () => {
    await db.insert(comments).values(comment);
  });
  return NextResponse.json({ id: comment.id }, { status: 201 });
}
