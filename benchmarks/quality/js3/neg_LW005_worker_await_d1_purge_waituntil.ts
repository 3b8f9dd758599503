// Negative LW005: Worker awaits the D1 booking insert before answering 201; waitUntil only purges a cached page.
interface Env {
  DB: D1Database;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const body = (await request.json()) as { roomId: string; guest: string; checkIn: string; nights: number };
    const id = crypto.randomUUID();
    await env.DB.prepare("INSERT INTO bookings (id, room_id, guest, check_in, nights) VALUES (?, ?, ?, ?, ?)")
      .bind(id, body.roomId, body.guest, body.checkIn, body.nights)
      .run();
    ctx.waitUntil(caches.default.delete(new Request(`https://hotel.example.com/rooms/${body.roomId}/availability`)));
    return Response.json({ id, status: "confirmed" }, { status: 201 });
  },
};
