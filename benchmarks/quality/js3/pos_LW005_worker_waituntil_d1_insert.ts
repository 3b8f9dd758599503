// Positive LW005: Worker answers 201 "created" while the D1 insert of the new booking runs in ctx.waitUntil.
interface Env {
  DB: D1Database;
}

interface BookingRequest {
  roomId: string;
  guest: string;
  checkIn: string;
  nights: number;
}

function validate(b: Partial<BookingRequest>): b is BookingRequest {
  return Boolean(b.roomId && b.guest && b.checkIn && b.nights && b.nights > 0);
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (request.method !== "POST") return new Response(null, { status: 405 });
    const body = (await request.json()) as Partial<BookingRequest>;
    if (!validate(body)) return Response.json({ error: "invalid booking" }, { status: 400 });
    const id = crypto.randomUUID();
    ctx.waitUntil(
      env.DB.prepare("INSERT INTO bookings (id, room_id, guest, check_in, nights) VALUES (?, ?, ?, ?, ?)")
        .bind(id, body.roomId, body.guest, body.checkIn, body.nights)
        .run(),
    );
    return Response.json({ id, status: "confirmed" }, { status: 201 });
  },
};
