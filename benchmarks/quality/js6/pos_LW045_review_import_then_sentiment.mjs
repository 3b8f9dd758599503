// positive LW045: a review is inserted with drizzle first, then import("./sentiment.js").then(...) sets row.sentiment on the already-stored object and nothing writes it again
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { reviews } from "./schema.js";

const db = drizzle(postgres(process.env.DATABASE_URL));

export async function listReviews(productId) {
  return db.query.reviews.findMany({ where: (r, { eq }) => eq(r.productId, productId) });
}

export async function submitReview(productId, userId, input) {
  const row = {
    id: crypto.randomUUID(),
    productId,
    userId,
    stars: input.stars,
    body: input.body,
    createdAt: new Date(),
  };
  await db.insert(reviews).values(row);

  import("./sentiment.js").then((m) => {
    row.sentiment = m.score(row.body);
    row.flagged = row.sentiment < -0.6;
  });

  return { id: row.id };
}
