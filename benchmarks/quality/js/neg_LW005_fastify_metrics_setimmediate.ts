// negative LW005: Fastify awaits the upload insert before 201; only an in-process metrics counter runs in setImmediate
import Fastify from "fastify";
import { Counter } from "prom-client";
import { pool } from "./db";

const uploads = new Counter({ name: "uploads_total", help: "stored uploads" });
const app = Fastify();

app.post<{ Body: { key: string; size: number } }>("/uploads", async (request, reply) => {
  await pool.query("INSERT INTO uploads (key, size, owner) VALUES ($1, $2, $3)", [
    request.body.key,
    request.body.size,
    request.headers["x-user-id"],
  ]);
  setImmediate(() => uploads.inc());
  return reply.code(201).send({ key: request.body.key, stored: true });
});

export default app;
