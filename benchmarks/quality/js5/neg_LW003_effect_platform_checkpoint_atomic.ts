// negative LW003: Effect stream processor writes the checkpoint to a temp file in the same directory, syncs it, renames it over checkpoint.json and syncs the directory
import { FileSystem } from "@effect/platform";
import { NodeContext, NodeRuntime } from "@effect/platform-node";
import { Effect, Schema, Stream, Chunk } from "effect";

const Checkpoint = Schema.Struct({ partition: Schema.Number, offset: Schema.Number, updatedAt: Schema.String });
type Checkpoint = typeof Checkpoint.Type;

const DIR = "./var";
const CHECKPOINT_PATH = `${DIR}/checkpoint.json`;

const saveCheckpoint = (cp: Checkpoint) =>
  Effect.scoped(
    Effect.gen(function* () {
      const fs = yield* FileSystem.FileSystem;
      const tmp = `${DIR}/.checkpoint.${process.pid}.${Date.now()}.tmp`;
      const file = yield* fs.open(tmp, { flag: "wx" });
      yield* file.writeAll(new TextEncoder().encode(JSON.stringify(cp)));
      yield* file.sync;
      yield* fs.rename(tmp, CHECKPOINT_PATH);
      const dir = yield* fs.open(DIR, { flag: "r" });
      yield* dir.sync;
    }),
  );

const program = Effect.gen(function* () {
  yield* Stream.iterate(1, (n) => n + 1).pipe(
    Stream.take(10_000),
    Stream.grouped(500),
    Stream.runForEach((chunk) =>
      saveCheckpoint({ partition: 0, offset: Chunk.unsafeLast(chunk), updatedAt: new Date().toISOString() }),
    ),
  );
});

NodeRuntime.runMain(program.pipe(Effect.provide(NodeContext.layer)));
