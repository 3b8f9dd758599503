// Positive LW005: Next.js route handler returns 201 and defers the waitlist insert to after().
import { after, NextResponse, type NextRequest } from "next/server";
import { db } from "@/lib/db";
import { waitlist } from "@/lib/schema";

function normaliseEmail(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const email = raw.trim().toLowerCase();
  return email.includes("@") ? email : null;
}

export async function POST(request: NextRequest) {
  const body = await request.json();
  const email = normaliseEmail(body.email);
  if (!email) return NextResponse.json({ error: "invalid email" }, { status: 400 });
  after(async () => {
    await db.insert(waitlist).values({ email, source: body.source ?? "landing", joinedAt: new Date() });
  });
  return NextResponse.json({ email, joined: true }, { status: 201 });
}
