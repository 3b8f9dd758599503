// negative LW006: CommentEdited is projected with INSERT ... SELECT ... WHERE EXISTS (post), so a comment for a post removed by PostDeleted is skipped and logged
import { Kysely, PostgresDialect, sql } from "kysely";
import { Pool } from "pg";

interface DB {
  post: { id: string; author_id: string; title: string };
  comment: { id: string; post_id: string; author_id: string; body: string; edited_at: Date };
}

const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.READ_MODEL_URL }) }) });

export async function onPostDeleted(postId: string): Promise<void> {
  await db.deleteFrom("post").where("id", "=", postId).execute();
}

export async function onCommentEdited(e: { commentId: string; postId: string; authorId: string; body: string; at: string }) {
  const result = await db
    .insertInto("comment")
    .columns(["id", "post_id", "author_id", "body", "edited_at"])
    .expression((eb) =>
      eb
        .selectFrom("post")
        .select([
          sql.val(e.commentId).as("id"),
          "post.id as post_id",
          sql.val(e.authorId).as("author_id"),
          sql.val(e.body).as("body"),
          sql.val(new Date(e.at)).as("edited_at"),
        ])
        .where("post.id", "=", e.postId),
    )
    .onConflict((oc) => oc.column("id").doUpdateSet({ body: e.body, edited_at: new Date(e.at) }))
    .executeTakeFirst();

  if (Number(result.numInsertedOrUpdatedRows ?? 0n) === 0) {
    console.warn(`comment ${e.commentId} skipped: post ${e.postId} no longer exists`);
  }
}
