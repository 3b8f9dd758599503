// negative LW005: the comment is inserted (awaited) before the 201; after(...) only records a latency metric
import { after, NextResponse } from "next/server";
import { db } from "@/lib/db";
import { comments } from "@/lib/schema";
import { metrics } from "@/lib/metrics";

export async function POST(request: Request, { params }: { params: { postId: string } }) {
  const started = performance.now();
  const { author, text } = await request.json();
  const comment = { id: crypto.randomUUID(), postId: params.postId, author, text };
  await db.insert(comments).values(comment);
  after(() => metrics.histogram("comments.create.ms", performance.now() - started));
  return NextResponse.json({ id: comment.id }, { status: 201 });
}
