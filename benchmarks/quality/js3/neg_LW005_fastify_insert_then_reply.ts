// Negative LW005: Fastify handler awaits the knex insert before returning the 201 reply.
import type { FastifyInstance } from "fastify";
import type { Knex } from "knex";

export default async function feedbackRoutes(app: FastifyInstance, opts: { knex: Knex }) {
  app.post<{ Params: { sessionId: string }; Body: { rating: number; comment?: string } }>(
    "/sessions/:sessionId/feedback",
    async (request, reply) => {
      const [row] = await opts
        .knex("session_feedback")
        .insert({ session_id: request.params.sessionId, rating: request.body.rating, comment: request.body.comment ?? null })
        .returning(["id"]);
      return reply.code(201).send({ id: row.id });
    },
  );
}
