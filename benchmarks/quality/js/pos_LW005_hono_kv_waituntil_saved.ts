// positive LW005: Hono settings endpoint hands the KV put to waitUntil and tells the client the settings are saved
import { Hono } from "hono";

type Env = { Bindings: { PREFS: KVNamespace } };
const app = new Hono<Env>();

app.put("/api/prefs/:userId", async (c) => {
  const prefs = await c.req.json<Record<string, string>>();
  c.executionCtx.waitUntil(c.env.PREFS.put(`prefs:${c.req.param("userId")}`, JSON.stringify(prefs)));
  return c.json({ saved: true, prefs });
});

export default app;
