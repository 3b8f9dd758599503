// positive LW006: Effect projector upserts a comment for CommentEdited without checking that its post still exists, while PostDeleted cascade-deletes the post and its comments
import { Effect, Match } from "effect";
import { eq } from "drizzle-orm";
import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";
import { Database } from "./database";

export const post = sqliteTable("post", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  updatedAt: integer("updated_at").notNull(),
});

export const comment = sqliteTable("comment", {
  id: text("id").primaryKey(),
  postID: text("post_id")
    .notNull()
    .references(() => post.id, { onDelete: "cascade" }),
  body: text("body").notNull(),
  updatedAt: integer("updated_at").notNull(),
});

type BlogEvent =
  | { _tag: "PostPublished"; postID: string; title: string; at: number }
  | { _tag: "PostDeleted"; postID: string }
  | { _tag: "CommentEdited"; commentID: string; postID: string; body: string; at: number };

const onPostPublished = (e: Extract<BlogEvent, { _tag: "PostPublished" }>) =>
  Effect.gen(function* () {
    const db = yield* Database;
    yield* db
      .insert(post)
      .values({ id: e.postID, title: e.title, updatedAt: e.at })
      .onConflictDoUpdate({ target: post.id, set: { title: e.title, updatedAt: e.at } });
  });

const onPostDeleted = (e: Extract<BlogEvent, { _tag: "PostDeleted" }>) =>
  Effect.gen(function* () {
    const db = yield* Database;
    yield* db.delete(post).where(eq(post.id, e.postID));
  });

const onCommentEdited = (e: Extract<BlogEvent, { _tag: "CommentEdited" }>) =>
  Effect.gen(function* () {
    const db = yield* Database;
    yield* db
      .insert(comment)
      .values({ id: e.commentID, postID: e.postID, body: e.body, updatedAt: e.at })
      .onConflictDoUpdate({ target: comment.id, set: { body: e.body, updatedAt: e.at } });
  });

export const project = (event: BlogEvent) =>
  Match.value(event).pipe(
    Match.tag("PostPublished", onPostPublished),
    Match.tag("PostDeleted", onPostDeleted),
    Match.tag("CommentEdited", onCommentEdited),
    Match.exhaustive,
  );
