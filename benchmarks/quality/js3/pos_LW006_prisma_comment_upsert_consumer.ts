// Positive LW006: Kafka consumer upserts comments with Prisma without checking that the post survived PostDeleted.
import type { PrismaClient } from "@prisma/client";
import type { EachMessagePayload } from "kafkajs";

type BlogEvent =
  | { type: "CommentEdited"; commentId: string; postId: string; authorId: string; body: string }
  | { type: "PostDeleted"; postId: string };

export function createBlogProjector(prisma: PrismaClient) {
  async function apply(event: BlogEvent): Promise<void> {
    switch (event.type) {
      case "CommentEdited":
        await prisma.comment.upsert({
          where: { id: event.commentId },
          create: { id: event.commentId, postId: event.postId, authorId: event.authorId, body: event.body },
          update: { body: event.body },
        });
        break;
      case "PostDeleted":
        await prisma.post.delete({ where: { id: event.postId } });
        break;
    }
  }

  return async ({ message }: EachMessagePayload): Promise<void> => {
    await apply(JSON.parse(message.value!.toString()) as BlogEvent);
  };
}
