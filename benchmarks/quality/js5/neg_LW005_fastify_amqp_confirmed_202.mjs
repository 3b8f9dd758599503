// negative LW005: Fastify claims endpoint inserts the claim row (awaited), publishes on a confirm channel, awaits waitForConfirms(), and answers 202 with a status URL
import Fastify from "fastify";
import amqp from "amqplib";
import pg from "pg";
import { randomUUID } from "node:crypto";

const app = Fastify({ logger: true });
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const conn = await amqp.connect(process.env.AMQP_URL ?? "amqp://localhost");
const channel = await conn.createConfirmChannel();
await channel.assertQueue("claims.assess", { durable: true });

app.post("/claims", async (request, reply) => {
  const { policyNumber, amountCents, description } = request.body;
  if (!policyNumber || !Number.isInteger(amountCents)) {
    return reply.code(400).send({ error: "policyNumber and integer amountCents required" });
  }
  const id = randomUUID();
  await pool.query(
    "INSERT INTO claims (id, policy_number, amount_cents, description, status) VALUES ($1, $2, $3, $4, 'received')",
    [id, policyNumber, amountCents, description ?? null],
  );

  channel.sendToQueue("claims.assess", Buffer.from(JSON.stringify({ id })), { persistent: true });
  await channel.waitForConfirms();

  return reply.code(202).header("location", `/claims/${id}`).send({ claimId: id, status: "received" });
});

app.get("/claims/:id", async (request, reply) => {
  const { rows } = await pool.query("SELECT id, status, assessed_at FROM claims WHERE id = $1", [request.params.id]);
  return rows[0] ?? reply.code(404).send({ error: "not found" });
});

await app.listen({ port: 3000, host: "0.0.0.0" });
