// positive LW005: Fastify claims endpoint publishes the claim on a plain (non-confirm) amqplib channel and answers 201 "stored"; the consumer that writes it to the database may never get it
import Fastify from "fastify";
import amqp from "amqplib";
import { randomUUID } from "node:crypto";

const app = Fastify({ logger: true });
const conn = await amqp.connect(process.env.AMQP_URL ?? "amqp://localhost");
const channel = await conn.createChannel();
await channel.assertQueue("claims.persist", { durable: true });

app.post("/claims", async (request, reply) => {
  const { policyNumber, amountCents, description } = request.body;
  if (!policyNumber || !Number.isInteger(amountCents)) {
    return reply.code(400).send({ error: "policyNumber and integer amountCents required" });
  }
  const claim = { id: randomUUID(), policyNumber, amountCents, description, submittedAt: new Date().toISOString() };

  channel.sendToQueue("claims.persist", Buffer.from(JSON.stringify(claim)), {
    persistent: true,
    contentType: "application/json",
  });

  return reply.code(201).send({ claimId: claim.id, status: "stored" });
});

app.get("/health", async () => ({ ok: true }));

await app.listen({ port: 3000, host: "0.0.0.0" });
