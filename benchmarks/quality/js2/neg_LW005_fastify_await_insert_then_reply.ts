// negative LW005: the Fastify handler awaits the reservation insert and only then replies 201
import type { FastifyInstance } from "fastify";
import { randomUUID } from "node:crypto";

export default async function reservations(app: FastifyInstance) {
  app.post<{ Body: { table: number; at: string; name: string } }>("/reservations", async (request, reply) => {
    const reservation = { id: randomUUID(), ...request.body };
    await app.pg.query(
      "INSERT INTO reservations (id, table_no, at, name) VALUES ($1, $2, $3, $4)",
      [reservation.id, reservation.table, reservation.at, reservation.name],
    );
    return reply.code(201).send({ id: reservation.id });
  });
}
