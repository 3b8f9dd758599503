// negative LW006: Effect projector checks that the turn still exists before upserting the chunk, and skips with a warning when TurnRemoved already deleted it
import { Effect, Context } from "effect";
import { eq } from "drizzle-orm";
import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";

export const turn = sqliteTable("turn", {
  id: text("id").primaryKey(),
  sessionId: text("session_id").notNull(),
});

export const chunk = sqliteTable("chunk", {
  id: text("id").primaryKey(),
  turnId: text("turn_id")
    .notNull()
    .references(() => turn.id, { onDelete: "cascade" }),
  seq: integer("seq").notNull(),
  body: text("body").notNull(),
});

export class Db extends Context.Tag("Db")<Db, BetterSQLite3Database>() {}

export const onTurnRemoved = (turnID: string) =>
  Effect.gen(function* () {
    const db = yield* Db;
    yield* Effect.sync(() => db.delete(turn).where(eq(turn.id, turnID)).run());
  });

export const onChunkUpdated = (e: { chunkID: string; turnID: string; seq: number; body: string }) =>
  Effect.gen(function* () {
    const db = yield* Db;
    const written = yield* Effect.sync(() =>
      db.transaction((tx) => {
        const parent = tx.select({ id: turn.id }).from(turn).where(eq(turn.id, e.turnID)).get();
        if (!parent) return false;
        tx.insert(chunk)
          .values({ id: e.chunkID, turnId: e.turnID, seq: e.seq, body: e.body })
          .onConflictDoUpdate({ target: chunk.id, set: { body: e.body, seq: e.seq } })
          .run();
        return true;
      }),
    );
    if (!written) {
      yield* Effect.logWarning("skipping orphan chunk", { chunkID: e.chunkID, turnID: e.turnID });
    }
  });
