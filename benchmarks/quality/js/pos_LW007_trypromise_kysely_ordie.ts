// positive LW007: Effect.tryPromise around a Kysely insert, then Effect.orDie, with no log of the failed write
import { Effect } from "effect";
import type { Kysely } from "kysely";
import type { Database } from "./db-types";

export const storeAuditRecord = (db: Kysely<Database>, actor: string, action: string) =>
  Effect.tryPromise(() =>
    db.insertInto("audit").values({ actor, action, at: new Date() }).execute(),
  ).pipe(Effect.orDie);
