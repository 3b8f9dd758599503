// negative LW004: saveBooking returns a {ok:false} result on failure and the Fastify route turns it into a 500
import type { FastifyInstance } from "fastify";
import type { Knex } from "knex";

type SaveResult = { ok: true; id: number } | { ok: false; error: string };

async function saveBooking(db: Knex, booking: { room: string; day: string }): Promise<SaveResult> {
  try {
    const [row] = await db("bookings").insert(booking).returning(["id"]);
    return { ok: true, id: row.id };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

export default async function bookingRoutes(app: FastifyInstance, opts: { db: Knex }) {
  app.post<{ Body: { room: string; day: string } }>("/bookings", async (request, reply) => {
    const result = await saveBooking(opts.db, request.body);
    if (!result.ok) {
      request.log.error({ error: result.error }, "booking not saved");
      return reply.code(500).send({ error: "booking not saved" });
    }
    return reply.code(201).send({ id: result.id });
  });
}
