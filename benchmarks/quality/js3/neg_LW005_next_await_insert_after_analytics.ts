// Negative LW005: Next.js route awaits the waitlist insert; after() only sends an analytics event.
import { after, NextResponse, type NextRequest } from "next/server";
import { db } from "@/lib/db";
import { waitlist } from "@/lib/schema";
import { track } from "@/lib/analytics";

export async function POST(request: NextRequest) {
  const body = await request.json();
  const email = String(body.email ?? "").trim().toLowerCase();
  if (!email.includes("@")) return NextResponse.json({ error: "invalid email" }, { status: 400 });
  await db.insert(waitlist).values({ email, source: body.source ?? "landing", joinedAt: new Date() });
  after(() => track("waitlist_joined", { source: body.source ?? "landing" }));
  return NextResponse.json({ email, joined: true }, { status: 201 });
}
