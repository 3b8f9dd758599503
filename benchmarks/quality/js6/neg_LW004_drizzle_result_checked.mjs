// negative LW004: the signup helper returns an explicit { ok: false } result on a failed drizzle insert and the Astro endpoint turns it into a 503
import { drizzle } from "drizzle-orm/node-postgres";
import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import pg from "pg";

const subscribers = pgTable("subscribers", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull().unique(),
  source: text("source"),
  createdAt: timestamp("created_at").defaultNow(),
});

const db = drizzle(new pg.Pool({ connectionString: import.meta.env.DATABASE_URL }));

async function subscribe(email, source) {
  try {
    await db.insert(subscribers).values({ email, source }).onConflictDoNothing();
    return { ok: true };
  } catch (error) {
    console.error("newsletter signup failed", { email, error });
    return { ok: false, error };
  }
}

export async function POST({ request }) {
  const form = await request.formData();
  const email = String(form.get("email") ?? "").toLowerCase();
  if (!email.includes("@")) {
    return new Response(JSON.stringify({ error: "invalid email" }), { status: 400 });
  }
  const result = await subscribe(email, form.get("source") ?? "footer");
  if (!result.ok) {
    return new Response(JSON.stringify({ error: "please try again" }), { status: 503 });
  }
  return new Response(JSON.stringify({ subscribed: true }), { status: 200 });
}
