// negative LW001: the Kysely insert promise is stored, other work overlaps, and it is awaited before returning
import type { Kysely } from "kysely";
import type { Database } from "./db-types";
import { fetchRecommendations } from "./recs";

export async function openProduct(db: Kysely<Database>, userId: string, productId: string) {
  const viewWrite = db
    .insertInto("product_views")
    .values({ user_id: userId, product_id: productId, at: new Date() })
    .execute();

  const [product, recs] = await Promise.all([
    db.selectFrom("products").selectAll().where("id", "=", productId).executeTakeFirstOrThrow(),
    fetchRecommendations(userId, productId),
  ]);

  await viewWrite;
  return { product, recs };
}
