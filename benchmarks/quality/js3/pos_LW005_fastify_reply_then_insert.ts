// Positive LW005: Fastify handler sends the 201 reply and performs the knex insert afterwards.
import type { FastifyInstance } from "fastify";
import type { Knex } from "knex";

interface FeedbackBody {
  rating: number;
  comment?: string;
}

export default async function feedbackRoutes(app: FastifyInstance, opts: { knex: Knex }) {
  app.post<{ Params: { sessionId: string }; Body: FeedbackBody }>(
    "/sessions/:sessionId/feedback",
    async (request, reply) => {
      const { rating, comment } = request.body;
      if (rating < 1 || rating > 5) return reply.code(400).send({ error: "rating must be 1-5" });
      reply.code(201).send({ received: true });
      await opts.knex("session_feedback").insert({
        session_id: request.params.sessionId,
        rating,
        comment: comment ?? null,
      });
    },
  );
}
