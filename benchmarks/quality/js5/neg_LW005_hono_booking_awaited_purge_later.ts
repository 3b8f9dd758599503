// negative LW005: Hono booking endpoint awaits the drizzle/D1 insert before the 201; waitUntil only purges the availability cache entry, which stores nothing
import { Hono } from "hono";
import { drizzle } from "drizzle-orm/d1";
import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

const bookings = sqliteTable("bookings", {
  id: text("id").primaryKey(),
  roomId: text("room_id").notNull(),
  guestEmail: text("guest_email").notNull(),
  night: text("night").notNull(),
  createdAt: integer("created_at").notNull(),
});

type Env = { Bindings: { DB: D1Database } };
const app = new Hono<Env>();

app.post("/rooms/:roomId/bookings", async (c) => {
  const { guestEmail, night } = await c.req.json<{ guestEmail: string; night: string }>();
  const roomId = c.req.param("roomId");
  const db = drizzle(c.env.DB);
  const booking = { id: crypto.randomUUID(), roomId, guestEmail, night, createdAt: Date.now() };

  await db.insert(bookings).values(booking).run();

  const availabilityUrl = new URL(`/rooms/${roomId}/nights/${night}`, c.req.url);
  c.executionCtx.waitUntil(caches.default.delete(new Request(availabilityUrl.toString())));

  return c.json({ bookingId: booking.id, status: "confirmed" }, 201);
});

export default app;
