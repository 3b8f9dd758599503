// negative LW004: Hono handler logs the failed D1 insert and answers 500, so the client knows nothing was stored
import { Hono } from "hono";

type Env = { Bindings: { DB: D1Database } };
const app = new Hono<Env>();

app.post("/waitlist", async (c) => {
  const { email } = await c.req.json<{ email: string }>();
  try {
    await c.env.DB.prepare("INSERT INTO waitlist (email, joined_at) VALUES (?, ?)")
      .bind(email.toLowerCase(), new Date().toISOString())
      .run();
  } catch (err) {
    console.error("waitlist insert failed", err);
    return c.json({ error: "could not join the waitlist, try again" }, 500);
  }
  return c.json({ joined: true }, 201);
});

export default app;
