// Negative LW006: comment projection looks up the post inside an interactive transaction and skips if it is gone.
import type { PrismaClient } from "@prisma/client";

export interface CommentEdited {
  commentId: string;
  postId: string;
  authorId: string;
  body: string;
}

export async function projectCommentEdited(prisma: PrismaClient, e: CommentEdited, log = console): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const post = await tx.post.findUnique({ where: { id: e.postId }, select: { id: true } });
    if (!post) {
      log.warn(`post ${e.postId} deleted; comment ${e.commentId} not projected`);
      return;
    }
    await tx.comment.upsert({
      where: { id: e.commentId },
      create: { id: e.commentId, postId: e.postId, authorId: e.authorId, body: e.body },
      update: { body: e.body },
    });
  });
}
