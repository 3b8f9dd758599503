// negative LW045: fixed form: the pure sentiment scorer is imported at module load and applied to the review row before the drizzle insert
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { reviews } from "./schema.js";
import { score } from "./sentiment.js";

const db = drizzle(postgres(process.env.DATABASE_URL));

export async function submitReview(productId, userId, input) {
  const row = {
    id: crypto.randomUUID(),
    productId,
    userId,
    stars: input.stars,
    body: input.body,
    createdAt: new Date(),
  };
  row.sentiment = score(row.body);
  row.flagged = row.sentiment < -0.6;
  await db.insert(reviews).values(row);

  import("./notify.js").then((m) => m.pingModerators(row.flagged ? 1 : 0)).catch((err) => {
    console.error("moderator ping failed", err);
  });

  return { id: row.id };
}
