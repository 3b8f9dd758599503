// positive LW006: an Effect projector upserts a reply with onConflictDoUpdate and no check that its thread survived ThreadDeleted
import { eq } from "drizzle-orm";
import { Effect } from "effect";
import { Database } from "./database";
import { reply, thread } from "./schema";

type ThreadDeleted = { type: "ThreadDeleted"; threadID: string };
type ReplyEdited = { type: "ReplyEdited"; replyID: string; threadID: string; body: string };

export const projectThreadDeleted = (event: ThreadDeleted) =>
  Effect.gen(function* () {
    const db = yield* Database;
    yield* db.delete(thread).where(eq(thread.id, event.threadID)); // replies cascade
  });

export const projectReplyEdited = (event: ReplyEdited) =>
  Effect.gen(function* () {
    const db = yield* Database;
    yield* db
      .insert(reply)
      .values({ id: event.replyID, threadID: event.threadID, body: event.body })
      .onConflictDoUpdate({ target: reply.id, set: { body: event.body } });
  });
