// negative LW005: a health check answers { ok: true } about liveness; only a heartbeat timestamp is written via waitUntil
import { Hono } from "hono";

type Env = { Bindings: { STATUS: KVNamespace; REGION: string } };
const app = new Hono<Env>();

app.get("/healthz", (c) => {
  c.executionCtx.waitUntil(c.env.STATUS.put(`heartbeat:${c.env.REGION}`, String(Date.now())));
  return c.json({ ok: true, region: c.env.REGION });
});

export default app;
