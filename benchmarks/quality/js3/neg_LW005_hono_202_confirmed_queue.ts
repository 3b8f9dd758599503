// Negative LW005: Hono route persists the import job, awaits the queue send, and answers 202 Accepted with a status URL.
import { Hono } from "hono";

type Bindings = { JOBS: KVNamespace; IMPORT_QUEUE: Queue<{ jobId: string; url: string }> };

const app = new Hono<{ Bindings: Bindings }>();

app.post("/imports", async (c) => {
  const { url } = await c.req.json<{ url: string }>();
  const jobId = crypto.randomUUID();
  await c.env.JOBS.put(`job:${jobId}`, JSON.stringify({ url, status: "queued", at: Date.now() }));
  await c.env.IMPORT_QUEUE.send({ jobId, url });
  return c.json({ jobId, status: "queued" }, 202, { Location: `/imports/${jobId}` });
});

app.get("/imports/:id", async (c) => {
  const job = await c.env.JOBS.get(`job:${c.req.param("id")}`, "json");
  return job ? c.json(job) : c.json({ error: "not found" }, 404);
});

export default app;
