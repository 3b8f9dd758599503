// negative LW006: the fixed Effect projector selects the parent thread first and skips the reply with a warning if it is gone
import { eq } from "drizzle-orm";
import { Effect } from "effect";
import { Database } from "./database";
import { reply, thread } from "./schema";

type ReplyEdited = { type: "ReplyEdited"; replyID: string; threadID: string; body: string };

export const projectReplyEdited = (event: ReplyEdited) =>
  Effect.gen(function* () {
    const db = yield* Database;
    const parent = yield* db.select({ id: thread.id }).from(thread).where(eq(thread.id, event.threadID));
    if (parent.length === 0) {
      yield* Effect.logWarning("skipping orphan reply", { replyID: event.replyID, threadID: event.threadID });
      return;
    }
    yield* db
      .insert(reply)
      .values({ id: event.replyID, threadID: event.threadID, body: event.body })
      .onConflictDoUpdate({ target: reply.id, set: { body: event.body } });
  });
