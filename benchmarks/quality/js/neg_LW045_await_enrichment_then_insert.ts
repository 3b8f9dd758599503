// negative LW045: the sentiment is awaited and set on the review before the insert commits it
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { reviews } from "./schema";
import { analyzeSentimentRemote } from "./sentiment";

export async function submitReview(db: NodePgDatabase, input: { productId: string; stars: number; text: string }) {
  const review = { id: crypto.randomUUID(), ...input, sentiment: null as number | null };
  review.sentiment = await analyzeSentimentRemote(review.text);
  await db.insert(reviews).values(review);
  return review.id;
}
