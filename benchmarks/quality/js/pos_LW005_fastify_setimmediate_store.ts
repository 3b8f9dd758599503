// positive LW005: Fastify upload handler schedules the metadata insert with setImmediate and replies 201 { stored: true }
import Fastify from "fastify";
import { pool } from "./db";

const app = Fastify();

async function saveUploadMeta(meta: { key: string; size: number; owner: string }) {
  await pool.query("INSERT INTO uploads (key, size, owner) VALUES ($1, $2, $3)", [meta.key, meta.size, meta.owner]);
}

app.post<{ Body: { key: string; size: number } }>("/uploads", async (request, reply) => {
  const meta = { key: request.body.key, size: request.body.size, owner: request.headers["x-user-id"] as string };
  setImmediate(() => {
    saveUploadMeta(meta).catch((err) => request.log.error(err));
  });
  return reply.code(201).send({ key: meta.key, stored: true });
});

export default app;
