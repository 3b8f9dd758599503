// positive LW006: Effect projector, CommentEdited upserts the comment row with @effect/sql while ThreadDeleted cascades comments away; no check that the thread still exists
import { SqlClient } from "@effect/sql";
import { Effect, Match } from "effect";

type ThreadEvent =
  | { _tag: "ThreadOpened"; threadId: string; title: string; at: number }
  | { _tag: "ThreadDeleted"; threadId: string; at: number }
  | { _tag: "CommentEdited"; threadId: string; commentId: string; authorId: string; body: string; at: number };

// schema: comment.thread_id REFERENCES thread(id) ON DELETE CASCADE

const openThread = (e: Extract<ThreadEvent, { _tag: "ThreadOpened" }>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql`INSERT INTO thread (id, title, opened_at) VALUES (${e.threadId}, ${e.title}, ${e.at}) ON CONFLICT (id) DO NOTHING`;
  });

const deleteThread = (e: Extract<ThreadEvent, { _tag: "ThreadDeleted" }>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql`DELETE FROM thread WHERE id = ${e.threadId}`;
  });

const projectCommentEdited = (e: Extract<ThreadEvent, { _tag: "CommentEdited" }>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql`
      INSERT INTO comment (id, thread_id, author_id, body, edited_at)
      VALUES (${e.commentId}, ${e.threadId}, ${e.authorId}, ${e.body}, ${e.at})
      ON CONFLICT (id) DO UPDATE SET body = excluded.body, edited_at = excluded.edited_at
    `;
  });

export const project = (event: ThreadEvent) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql.withTransaction(
      Match.value(event).pipe(
        Match.tag("ThreadOpened", openThread),
        Match.tag("ThreadDeleted", deleteThread),
        Match.tag("CommentEdited", projectCommentEdited),
        Match.exhaustive,
      ),
    );
  });
