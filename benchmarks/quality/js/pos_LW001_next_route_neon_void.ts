// positive LW001: Next.js route handler voids a Neon tagged-template UPDATE instead of awaiting it
import { neon } from "@neondatabase/serverless";
import { NextResponse } from "next/server";

const sql = neon(process.env.DATABASE_URL!);

export async function GET(_req: Request, { params }: { params: { slug: string } }) {
  const rows = await sql`SELECT id, title, body FROM posts WHERE slug = ${params.slug}`;
  if (rows.length === 0) {
    return NextResponse.json({ error: "not found" }, { status: 404 });
  }

  void sql`UPDATE posts SET view_count = view_count + 1 WHERE id = ${rows[0].id}`;

  return NextResponse.json(rows[0]);
}
