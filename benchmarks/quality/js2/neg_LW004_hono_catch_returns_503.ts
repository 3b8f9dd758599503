// negative LW004: the Hono Worker answers 503 when the KV put fails, so the client knows the preferences were not saved
import { Hono } from "hono";

type Env = { Bindings: { PREFS: KVNamespace } };
const app = new Hono<Env>();

app.put("/prefs/:user", async (c) => {
  const prefs = await c.req.json();
  try {
    await c.env.PREFS.put(c.req.param("user"), JSON.stringify(prefs));
  } catch (err) {
    console.error("prefs put failed", { user: c.req.param("user"), error: String(err) });
    return c.json({ saved: false, error: "storage unavailable" }, 503);
  }
  return c.json({ saved: true });
});

export default app;
