// positive LW005: Hono booking endpoint answers 201 "confirmed" while the booking's own drizzle/D1 insert is deferred past the response with executionCtx.waitUntil
import { Hono } from "hono";
import { drizzle } from "drizzle-orm/d1";
import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";
import { and, eq } from "drizzle-orm";

const bookings = sqliteTable("bookings", {
  id: text("id").primaryKey(),
  roomId: text("room_id").notNull(),
  guestEmail: text("guest_email").notNull(),
  night: text("night").notNull(),
  createdAt: integer("created_at").notNull(),
});

type Env = { Bindings: { DB: D1Database } };
const app = new Hono<Env>();

app.get("/rooms/:roomId/nights/:night", async (c) => {
  const db = drizzle(c.env.DB);
  const taken = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.roomId, c.req.param("roomId")), eq(bookings.night, c.req.param("night"))));
  return c.json({ available: taken.length === 0 });
});

app.post("/rooms/:roomId/bookings", async (c) => {
  const { guestEmail, night } = await c.req.json<{ guestEmail: string; night: string }>();
  const db = drizzle(c.env.DB);
  const booking = { id: crypto.randomUUID(), roomId: c.req.param("roomId"), guestEmail, night, createdAt: Date.now() };

  // keep the response fast: the insert finishes after the client has its confirmation
  c.executionCtx.waitUntil(db.insert(bookings).values(booking).run());

  return c.json({ bookingId: booking.id, status: "confirmed" }, 201);
});

export default app;
