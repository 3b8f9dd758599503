// negative LW005: Hono POST /bookings awaits the drizzle INSERT before the 201; the emitted event only triggers the confirmation email
import { Hono } from "hono";
import { EventEmitter } from "node:events";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { bookings } from "./schema";
import { randomUUID } from "node:crypto";
import { sendConfirmationEmail } from "./mailer";

const db = drizzle(postgres(process.env.DATABASE_URL as string));
const bus = new EventEmitter();

type Booking = { id: string; roomId: string; guestEmail: string; from: string; to: string };

bus.on("booking.created", (booking: Booking) => {
  sendConfirmationEmail(booking.guestEmail, booking.id).catch((err) => console.error("email failed", err));
});

const app = new Hono();

app.post("/bookings", async (c) => {
  const body = await c.req.json<Omit<Booking, "id">>();
  const booking: Booking = { id: randomUUID(), ...body };
  await db.insert(bookings).values({
    id: booking.id,
    roomId: booking.roomId,
    guestEmail: booking.guestEmail,
    fromDate: booking.from,
    toDate: booking.to,
  });
  bus.emit("booking.created", booking);
  return c.json({ id: booking.id, status: "confirmed" }, 201);
});

export default app;
