// negative LW005: Fastify POST /transfers publishes on a confirm channel and awaits waitForConfirms() before answering 202 with a status URL
import Fastify from "fastify";
import amqp from "amqplib";
import { randomUUID } from "node:crypto";

const app = Fastify({ logger: true });
const connection = await amqp.connect(process.env.AMQP_URL);
const channel = await connection.createConfirmChannel();
await channel.assertQueue("transfers.requested", { durable: true });

app.post("/transfers", async (request, reply) => {
  const { fromAccount, toAccount, amountCents } = request.body;
  if (!fromAccount || !toAccount || !(amountCents > 0)) {
    return reply.code(400).send({ error: "invalid transfer" });
  }

  const transfer = { id: randomUUID(), fromAccount, toAccount, amountCents };
  channel.sendToQueue("transfers.requested", Buffer.from(JSON.stringify(transfer)), {
    persistent: true,
    contentType: "application/json",
  });
  await channel.waitForConfirms();

  return reply
    .code(202)
    .header("location", `/transfers/${transfer.id}`)
    .send({ id: transfer.id, status: "pending", statusUrl: `/transfers/${transfer.id}` });
});

await app.listen({ port: 3000, host: "0.0.0.0" });
