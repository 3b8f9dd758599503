// negative LW001: the feedback repository returns the Kysely INSERT promise instead of awaiting it, and every caller awaits it
import type { Kysely } from "kysely";
import type { DB } from "./schema";

export class FeedbackRepository {
  constructor(private readonly db: Kysely<DB>) {}

  insert(userId: string | null, page: string, rating: number, comment: string | null) {
    return this.db
      .insertInto("feedback")
      .values({ user_id: userId, page, rating, comment, created_at: new Date() })
      .returning("id")
      .executeTakeFirstOrThrow();
  }

  byPage(page: string) {
    return this.db.selectFrom("feedback").selectAll().where("page", "=", page).execute();
  }
}

export async function submitFeedback(
  repo: FeedbackRepository,
  userId: string | null,
  input: { page: string; rating: number; comment?: string },
): Promise<string> {
  const { id } = await repo.insert(userId, input.page, input.rating, input.comment ?? null);
  return String(id);
}
