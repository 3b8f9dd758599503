// Negative LW045: the review is inserted and its sentiment updated inside one drizzle transaction before it commits.
import { drizzle } from "drizzle-orm/node-postgres";
import { eq } from "drizzle-orm";
import { reviews } from "./schema";
import { sentimentOf } from "./nlp";

type Db = ReturnType<typeof drizzle>;

export async function submitReview(db: Db, productId: string, stars: number, body: string): Promise<string> {
  const id = crypto.randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(reviews).values({ id, productId, stars, body });
    const sentiment = await sentimentOf(body);
    await tx.update(reviews).set({ sentiment }).where(eq(reviews.id, id));
  });
  return id;
}
