// positive LW006: better-sqlite3 projector inserts a comment under post_id with no parent check while PostDeleted cascades
import Database from "better-sqlite3";

type DomainEvent =
  | { type: "PostPublished"; postId: string; title: string }
  | { type: "CommentAdded"; commentId: string; postId: string; body: string }
  | { type: "PostDeleted"; postId: string };

const db = new Database("read-model.db");
db.pragma("foreign_keys = ON");
db.exec(`
  CREATE TABLE IF NOT EXISTS posts (id TEXT PRIMARY KEY, title TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS comments (
    id TEXT PRIMARY KEY,
    post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    body TEXT NOT NULL
  );
`);

export function project(event: DomainEvent): void {
  switch (event.type) {
    case "PostPublished":
      db.prepare("INSERT INTO posts (id, title) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title").run(event.postId, event.title);
      break;
    case "CommentAdded":
      db.prepare("INSERT INTO comments (id, post_id, body) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body").run(event.commentId, event.postId, event.body);
      break;
    case "PostDeleted":
      db.prepare("DELETE FROM posts WHERE id = ?").run(event.postId);
      break;
  }
}
