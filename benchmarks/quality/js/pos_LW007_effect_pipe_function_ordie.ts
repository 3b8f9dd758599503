// positive LW007: pipe(writeEvent(event), Effect.orDie) with the pipe function, no tapError anywhere in the chain
import { Effect, pipe } from "effect";
import { EventLog } from "./event-log";
import type { DomainEvent } from "./events";

const writeEvent = (event: DomainEvent) =>
  Effect.flatMap(EventLog, (log) => log.append(event.stream, event));

export const publish = (event: DomainEvent) =>
  pipe(
    writeEvent(event),
    Effect.orDie,
    Effect.asVoid,
  );
