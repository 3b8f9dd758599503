// negative LW045: the enrichment callback writes the verdict back with an UPDATE, and the chain is awaited
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { eq } from "drizzle-orm";
import { messages } from "./schema";
import { classify } from "./classifier";

export async function storeMessage(db: NodePgDatabase, id: string, text: string) {
  await db.insert(messages).values({ id, text });
  await classify(text).then((verdict) =>
    db.update(messages).set({ verdict }).where(eq(messages.id, id)),
  );
}
