// positive LW001: Next.js route handler discards the Kysely feedback INSERT with `void`, nothing awaits it or sees its failure
import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/lib/db";
import { getSession } from "@/lib/auth";

type FeedbackBody = {
  page: string;
  rating: number;
  comment?: string;
};

function isValid(body: Partial<FeedbackBody>): body is FeedbackBody {
  return typeof body.page === "string" && typeof body.rating === "number" && body.rating >= 1 && body.rating <= 5;
}

export async function POST(request: NextRequest) {
  const session = await getSession(request);
  const body = (await request.json()) as Partial<FeedbackBody>;
  if (!isValid(body)) {
    return NextResponse.json({ error: "invalid feedback" }, { status: 400 });
  }

  void db
    .insertInto("feedback")
    .values({
      user_id: session?.userId ?? null,
      page: body.page,
      rating: body.rating,
      comment: body.comment ?? null,
      created_at: new Date(),
    })
    .execute();

  return NextResponse.json({ ok: true }, { status: 201 });
}

export async function GET() {
  const rows = await db
    .selectFrom("feedback")
    .select(["page", db.fn.avg<number>("rating").as("avg")])
    .groupBy("page")
    .execute();
  return NextResponse.json(rows);
}
