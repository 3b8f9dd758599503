// negative LW006: the comment upsert is an INSERT ... SELECT ... WHERE EXISTS on the parent post, so a deleted post yields no row
import Database from "better-sqlite3";

type DomainEvent =
  | { type: "CommentAdded"; commentId: string; postId: string; body: string }
  | { type: "PostDeleted"; postId: string };

const db = new Database("read-model.db");
db.pragma("foreign_keys = ON");

const upsertComment = db.prepare(`
  INSERT INTO comments (id, post_id, body)
  SELECT @commentId, @postId, @body
  WHERE EXISTS (SELECT 1 FROM posts WHERE id = @postId)
  ON CONFLICT (id) DO UPDATE SET body = excluded.body
`);

export function project(event: DomainEvent): void {
  if (event.type === "CommentAdded") {
    const info = upsertComment.run(event);
    if (info.changes === 0) console.warn(`skipping comment ${event.commentId}: post ${event.postId} is gone`);
  } else if (event.type === "PostDeleted") {
    db.prepare("DELETE FROM posts WHERE id = ?").run(event.postId);
  }
}
