// positive LW004: a Hono Worker catches a failed KV put of the user's preferences, console.logs it and answers {saved: true}
import { Hono } from "hono";

type Env = { Bindings: { PREFS: KVNamespace } };
const app = new Hono<Env>();

app.get("/prefs/:user", async (c) => {
  const prefs = await c.env.PREFS.get(c.req.param("user"), "json");
  return c.json(prefs ?? {});
});

app.put("/prefs/:user", async (c) => {
  const prefs = await c.req.json();
  try {
    await c.env.PREFS.put(c.req.param("user"), JSON.stringify(prefs));
  } catch (err) {
    console.log("prefs put failed", err);
  }
  return c.json({ saved: true });
});

export default app;
