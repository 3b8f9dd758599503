// negative LW006: Effect projector checks in the same transaction that the thread still exists before upserting the comment, and skips with a warning if ThreadDeleted won
import { SqlClient } from "@effect/sql";
import { Effect, Match } from "effect";

type ThreadEvent =
  | { _tag: "ThreadDeleted"; threadId: string; at: number }
  | { _tag: "CommentEdited"; threadId: string; commentId: string; authorId: string; body: string; at: number };

const deleteThread = (e: Extract<ThreadEvent, { _tag: "ThreadDeleted" }>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql`DELETE FROM thread WHERE id = ${e.threadId}`;
  });

const projectCommentEdited = (e: Extract<ThreadEvent, { _tag: "CommentEdited" }>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    const parent = yield* sql`SELECT 1 AS present FROM thread WHERE id = ${e.threadId}`;
    if (parent.length === 0) {
      yield* Effect.logWarning("skipping comment of a deleted thread", { commentId: e.commentId, threadId: e.threadId });
      return;
    }
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
        Match.tag("ThreadDeleted", deleteThread),
        Match.tag("CommentEdited", projectCommentEdited),
        Match.exhaustive,
      ),
    );
  });
