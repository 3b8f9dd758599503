// Positive LW045: review service inserts the review with drizzle, then fills sentiment in a process.nextTick on the local row.
import { drizzle } from "drizzle-orm/node-postgres";
import { reviews } from "./schema";
import { sentimentOf } from "./nlp";

type Db = ReturnType<typeof drizzle>;

interface ReviewRow {
  id: string;
  productId: string;
  stars: number;
  body: string;
  sentiment?: "positive" | "neutral" | "negative";
}

export class ReviewService {
  constructor(private readonly db: Db) {}

  async submit(productId: string, stars: number, body: string): Promise<ReviewRow> {
    const row: ReviewRow = { id: crypto.randomUUID(), productId, stars, body };
    await this.db.insert(reviews).values(row);
    process.nextTick(() => {
      row.sentiment = sentimentOf(body);
    });
    return row;
  }
}
