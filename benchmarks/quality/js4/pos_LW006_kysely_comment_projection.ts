// positive LW006: read-model projector upserts comment rows on CommentEdited without checking the post, while PostDeleted removes the post and its comments cascade (comment.post_id REFERENCES post ON DELETE CASCADE)
import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface DB {
  post: { id: string; author_id: string; title: string; deleted_at: Date | null };
  comment: { id: string; post_id: string; author_id: string; body: string; edited_at: Date };
}

const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.READ_MODEL_URL }) }) });

type ForumEvent =
  | { kind: "PostPublished"; postId: string; authorId: string; title: string }
  | { kind: "PostDeleted"; postId: string }
  | { kind: "CommentEdited"; commentId: string; postId: string; authorId: string; body: string; at: string };

export async function applyForumEvent(event: ForumEvent): Promise<void> {
  switch (event.kind) {
    case "PostPublished":
      await db
        .insertInto("post")
        .values({ id: event.postId, author_id: event.authorId, title: event.title, deleted_at: null })
        .onConflict((oc) => oc.column("id").doUpdateSet({ title: event.title }))
        .execute();
      return;
    case "PostDeleted":
      await db.deleteFrom("post").where("id", "=", event.postId).execute();
      return;
    case "CommentEdited":
      await db
        .insertInto("comment")
        .values({
          id: event.commentId,
          post_id: event.postId,
          author_id: event.authorId,
          body: event.body,
          edited_at: new Date(event.at),
        })
        .onConflict((oc) => oc.column("id").doUpdateSet({ body: event.body, edited_at: new Date(event.at) }))
        .execute();
      return;
  }
}
