// positive LW002: Next.js route voids a write on a checked-out client and releases that client in finally
import { NextResponse, type NextRequest } from "next/server";
import { pool } from "@/lib/db";

export async function GET(req: NextRequest, { params }: { params: { id: string } }) {
  const client = await pool.connect();
  try {
    const { rows } = await client.query("SELECT id, name, price FROM products WHERE id = $1", [params.id]);
    if (rows.length === 0) return NextResponse.json({ error: "not found" }, { status: 404 });
    void client.query("INSERT INTO product_views (product_id, session_id) VALUES ($1, $2)", [
      params.id,
      req.cookies.get("sid")?.value ?? null,
    ]);
    return NextResponse.json(rows[0]);
  } finally {
    client.release();
  }
}
