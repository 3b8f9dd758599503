// positive LW005: Hono POST /bookings answers 201 after emitting booking.requested; the only INSERT of the booking happens later in the event listener
import { Hono } from "hono";
import { EventEmitter } from "node:events";
import { drizzle } from "drizzle-orm/postgres-js";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { bookings } from "./schema";
import { randomUUID } from "node:crypto";

const db = drizzle(postgres(process.env.DATABASE_URL as string));
const bus = new EventEmitter();

type Booking = { id: string; roomId: string; guestEmail: string; from: string; to: string };

bus.on("booking.requested", async (booking: Booking) => {
  try {
    await db.insert(bookings).values({
      id: booking.id,
      roomId: booking.roomId,
      guestEmail: booking.guestEmail,
      fromDate: booking.from,
      toDate: booking.to,
    });
  } catch (err) {
    console.error("booking insert failed", booking.id, err);
  }
});

const app = new Hono();

app.post("/bookings", async (c) => {
  const body = await c.req.json<Omit<Booking, "id">>();
  if (!body.roomId || !body.guestEmail || body.from >= body.to) {
    return c.json({ error: "invalid booking" }, 400);
  }
  const booking: Booking = { id: randomUUID(), ...body };
  bus.emit("booking.requested", booking);
  return c.json({ id: booking.id, status: "confirmed" }, 201);
});

app.get("/bookings/:id", async (c) => {
  const rows = await db.select().from(bookings).where(eq(bookings.id, c.req.param("id"))).limit(1);
  return rows.length ? c.json(rows[0]) : c.json({ error: "not found" }, 404);
});

export default app;
