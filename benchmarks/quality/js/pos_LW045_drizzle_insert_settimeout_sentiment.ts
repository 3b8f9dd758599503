// positive LW045: review is inserted, then a setTimeout callback computes sentiment onto the review object and never writes it
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { reviews } from "./schema";
import { analyzeSentiment } from "./sentiment";

export async function submitReview(db: NodePgDatabase, input: { productId: string; stars: number; text: string }) {
  const review: { id: string; productId: string; stars: number; text: string; sentiment?: number } = {
    id: crypto.randomUUID(),
    ...input,
  };
  await db.insert(reviews).values(review);
  setTimeout(() => {
    review.sentiment = analyzeSentiment(review.text);
  }, 0);
  return review.id;
}
