// positive LW004: a Fastify plugin's saveBooking catches the knex insert error, logs it and returns null; the route replies 200
import type { FastifyInstance } from "fastify";
import type { Knex } from "knex";

async function saveBooking(db: Knex, log: FastifyInstance["log"], booking: { room: string; day: string; guest: string }) {
  try {
    const [row] = await db("bookings").insert(booking).returning(["id"]);
    return row.id as number;
  } catch (err) {
    log.error({ err }, "booking insert failed");
    return null;
  }
}

export default async function bookingRoutes(app: FastifyInstance, opts: { db: Knex }) {
  app.post<{ Body: { room: string; day: string; guest: string } }>("/bookings", async (request, reply) => {
    const id = await saveBooking(opts.db, request.log, request.body);
    return reply.send({ id, status: "confirmed" });
  });
}
