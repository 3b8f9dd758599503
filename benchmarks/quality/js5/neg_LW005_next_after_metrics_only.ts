// negative LW005: Next.js route handler awaits the Kysely feedback insert before the 201; after() only logs a timing line, which stores nothing
import { after, NextResponse } from "next/server";
import { db } from "@/server/db";
import { z } from "zod";

const Feedback = z.object({
  page: z.string().url(),
  rating: z.number().int().min(1).max(5),
  comment: z.string().max(2000).optional(),
});

export async function POST(request: Request) {
  const started = performance.now();
  const parsed = Feedback.safeParse(await request.json());
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  }
  const id = crypto.randomUUID();
  await db
    .insertInto("feedback")
    .values({
      id,
      page: parsed.data.page,
      rating: parsed.data.rating,
      comment: parsed.data.comment ?? null,
      user_id: request.headers.get("x-user-id"),
      created_at: new Date(),
    })
    .execute();

  after(() => {
    console.info(JSON.stringify({ msg: "feedback stored", id, ms: Math.round(performance.now() - started) }));
  });

  return NextResponse.json({ id, saved: true }, { status: 201 });
}
