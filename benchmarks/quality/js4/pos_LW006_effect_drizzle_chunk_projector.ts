// positive LW006: Effect projector upserts a transcript chunk for ChunkUpdated with no check that its turn still exists, while TurnRemoved deletes the turn and cascades to its chunks
import { Effect, Context, Layer } from "effect";
import { eq } from "drizzle-orm";
import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";

export const turn = sqliteTable("turn", {
  id: text("id").primaryKey(),
  sessionId: text("session_id").notNull(),
  role: text("role").notNull(),
  createdAt: integer("created_at").notNull(),
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

export type TranscriptEvent =
  | { type: "TurnCreated"; turnID: string; sessionID: string; role: string; at: number }
  | { type: "TurnRemoved"; turnID: string }
  | { type: "ChunkUpdated"; chunkID: string; turnID: string; seq: number; body: string };

const onTurnCreated = (e: Extract<TranscriptEvent, { type: "TurnCreated" }>) =>
  Effect.gen(function* () {
    const db = yield* Db;
    yield* Effect.sync(() =>
      db.insert(turn).values({ id: e.turnID, sessionId: e.sessionID, role: e.role, createdAt: e.at }).run(),
    );
  });

const onTurnRemoved = (e: Extract<TranscriptEvent, { type: "TurnRemoved" }>) =>
  Effect.gen(function* () {
    const db = yield* Db;
    yield* Effect.sync(() => db.delete(turn).where(eq(turn.id, e.turnID)).run());
  });

const onChunkUpdated = (e: Extract<TranscriptEvent, { type: "ChunkUpdated" }>) =>
  Effect.gen(function* () {
    const db = yield* Db;
    yield* Effect.sync(() =>
      db
        .insert(chunk)
        .values({ id: e.chunkID, turnId: e.turnID, seq: e.seq, body: e.body })
        .onConflictDoUpdate({ target: chunk.id, set: { body: e.body, seq: e.seq } })
        .run(),
    );
  });

export const project = (event: TranscriptEvent) => {
  switch (event.type) {
    case "TurnCreated":
      return onTurnCreated(event);
    case "TurnRemoved":
      return onTurnRemoved(event);
    case "ChunkUpdated":
      return onChunkUpdated(event);
  }
};

export const ProjectorLive = (db: BetterSQLite3Database) => Layer.succeed(Db, db);
