// positive LW005: Fastify POST /transfers publishes the transfer with sendToQueue on a plain (non-confirm) channel and answers 201; the ledger row is written later by the consumer
import Fastify from "fastify";
import amqp from "amqplib";
import { randomUUID } from "node:crypto";

const app = Fastify({ logger: true });
const connection = await amqp.connect(process.env.AMQP_URL);
const channel = await connection.createChannel();
await channel.assertQueue("transfers.requested", { durable: true });

app.post("/transfers", async (request, reply) => {
  const { fromAccount, toAccount, amountCents } = request.body;
  if (!fromAccount || !toAccount || !(amountCents > 0)) {
    return reply.code(400).send({ error: "invalid transfer" });
  }

  const transfer = { id: randomUUID(), fromAccount, toAccount, amountCents, requestedAt: new Date().toISOString() };
  channel.sendToQueue("transfers.requested", Buffer.from(JSON.stringify(transfer)), {
    persistent: true,
    contentType: "application/json",
  });

  return reply.code(201).send({ id: transfer.id, status: "completed" });
});

await app.listen({ port: 3000, host: "0.0.0.0" });
