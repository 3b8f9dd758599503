// positive LW005: Next.js route handler returns 201 for a feedback submission while the Kysely insert of that feedback runs in after(), past the response
import { after, NextResponse } from "next/server";
import { db } from "@/server/db";
import { z } from "zod";

const Feedback = z.object({
  page: z.string().url(),
  rating: z.number().int().min(1).max(5),
  comment: z.string().max(2000).optional(),
});

async function storeFeedback(id: string, input: z.infer<typeof Feedback>, userId: string | null) {
  await db
    .insertInto("feedback")
    .values({ id, page: input.page, rating: input.rating, comment: input.comment ?? null, user_id: userId, created_at: new Date() })
    .execute();
}

export async function POST(request: Request) {
  const parsed = Feedback.safeParse(await request.json());
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  }
  const id = crypto.randomUUID();
  const userId = request.headers.get("x-user-id");

  after(() => storeFeedback(id, parsed.data, userId));

  return NextResponse.json({ id, saved: true }, { status: 201 });
}
