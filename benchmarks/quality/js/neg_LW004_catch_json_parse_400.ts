// negative LW004: the logging catch wraps JSON parsing of the body (answered with 400); the write itself is awaited outside it
import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { feedback } from "@/lib/schema";

export async function POST(req: Request) {
  let body: { rating: number; comment: string };
  try {
    body = JSON.parse(await req.text());
  } catch (err) {
    console.warn("invalid feedback payload", err);
    return NextResponse.json({ error: "invalid JSON" }, { status: 400 });
  }
  const [row] = await db.insert(feedback).values({ rating: body.rating, comment: body.comment }).returning();
  return NextResponse.json({ id: row.id }, { status: 201 });
}
