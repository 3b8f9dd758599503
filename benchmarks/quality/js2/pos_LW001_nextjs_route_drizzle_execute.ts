// positive LW001: a Next.js route handler starts db.insert(...).values(...).execute() and returns without awaiting it
import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/lib/db";
import { feedback } from "@/lib/schema";

export async function GET() {
  const rows = await db.select().from(feedback).limit(50);
  return NextResponse.json(rows);
}

export async function POST(request: NextRequest) {
  const body = await request.json();
  if (typeof body.message !== "string" || body.message.length > 2000) {
    return NextResponse.json({ error: "invalid message" }, { status: 400 });
  }
  db.insert(feedback).values({ message: body.message, page: body.page ?? null }).execute();
  return NextResponse.json({ thanks: true });
}
