// negative LW045: the verdict is attached in a .then() inside Promise.all that completes BEFORE the insert
import type { Kysely } from "kysely";
import type { Database } from "./db-types";
import { classify } from "./classifier";
import { loadAuthor } from "./authors";

export async function storeComment(db: Kysely<Database>, authorId: string, text: string) {
  const row: { id: string; author_id: string; text: string; verdict: string | null; author_name?: string } = {
    id: crypto.randomUUID(),
    author_id: authorId,
    text,
    verdict: null,
  };
  await Promise.all([
    classify(text).then((v) => {
      row.verdict = v;
    }),
    loadAuthor(authorId).then((a) => {
      row.author_name = a.name;
    }),
  ]);
  await db.insertInto("comments").values(row).execute();
  return row.id;
}
