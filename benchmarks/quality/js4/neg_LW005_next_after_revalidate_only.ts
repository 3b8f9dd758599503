// negative LW005: Next.js route handler awaits prisma.comment.create before the 201; after() only revalidates the cache and logs timing, nothing is stored there
import { NextResponse, after } from "next/server";
import { revalidateTag } from "next/cache";
import { prisma } from "@/lib/prisma";
import { auth } from "@/auth";

export async function POST(request: Request, { params }: { params: Promise<{ postId: string }> }) {
  const started = performance.now();
  const session = await auth();
  if (!session?.user) {
    return NextResponse.json({ error: "sign in to comment" }, { status: 401 });
  }
  const { postId } = await params;
  const { body } = (await request.json()) as { body: string };

  const comment = await prisma.comment.create({
    data: { postId, authorId: session.user.id, body },
  });

  after(() => {
    revalidateTag(`post-comments:${postId}`);
    console.log(`comment ${comment.id} created in ${Math.round(performance.now() - started)}ms`);
  });

  return NextResponse.json(comment, { status: 201 });
}
