// positive LW003: Effect stream processor writes its checkpoint with FileSystem.writeFileString directly onto checkpoint.json after each chunk
import { FileSystem } from "@effect/platform";
import { NodeContext, NodeRuntime } from "@effect/platform-node";
import { Effect, Schema, Stream, Chunk } from "effect";

const Checkpoint = Schema.Struct({ partition: Schema.Number, offset: Schema.Number, updatedAt: Schema.String });
type Checkpoint = typeof Checkpoint.Type;

const CHECKPOINT_PATH = "./var/checkpoint.json";

const loadCheckpoint = Effect.gen(function* () {
  const fs = yield* FileSystem.FileSystem;
  const exists = yield* fs.exists(CHECKPOINT_PATH);
  if (!exists) return { partition: 0, offset: 0, updatedAt: new Date(0).toISOString() } satisfies Checkpoint;
  const raw = yield* fs.readFileString(CHECKPOINT_PATH);
  return yield* Schema.decodeUnknown(Schema.parseJson(Checkpoint))(raw);
});

const saveCheckpoint = (cp: Checkpoint) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem;
    yield* fs.writeFileString(CHECKPOINT_PATH, JSON.stringify(cp));
  });

const handle = (records: Chunk.Chunk<{ offset: number; value: string }>) =>
  Effect.forEach(records, (r) => Effect.logDebug(`record ${r.offset}: ${r.value.length} bytes`), { discard: true });

const program = Effect.gen(function* () {
  const start = yield* loadCheckpoint;
  yield* Stream.iterate(start.offset + 1, (n) => n + 1).pipe(
    Stream.map((offset) => ({ offset, value: `payload-${offset}` })),
    Stream.take(10_000),
    Stream.grouped(500),
    Stream.runForEach((chunk) =>
      handle(chunk).pipe(
        Effect.zipRight(
          saveCheckpoint({
            partition: start.partition,
            offset: Chunk.unsafeLast(chunk).offset,
            updatedAt: new Date().toISOString(),
          }),
        ),
      ),
    ),
  );
});

NodeRuntime.runMain(program.pipe(Effect.provide(NodeContext.layer)));
