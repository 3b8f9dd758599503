// Positive LW007: batch sync writes every contact and ends the pipeline with Effect.orDie, dropping which contact failed.
import { Effect } from "effect";
import { CrmStore, type Contact } from "./crm-store";

export const syncContacts = (contacts: ReadonlyArray<Contact>) =>
  Effect.gen(function* () {
    const store = yield* CrmStore;
    yield* Effect.forEach(contacts, (c) => store.insert(c), { concurrency: 8, discard: true });
    return contacts.length;
  }).pipe(Effect.orDie);
