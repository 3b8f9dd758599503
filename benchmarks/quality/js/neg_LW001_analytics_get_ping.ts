// negative LW001: fire-and-forget GET ping to a metrics endpoint (not a write to a store) from a Hono handler
import { Hono } from "hono";

const app = new Hono();
const METRICS = "https://metrics.internal.example.com/hit";

app.get("/docs/:page", async (c) => {
  const page = c.req.param("page");
  const res = await fetch(`https://docs-origin.example.com/${encodeURIComponent(page)}.html`);

  fetch(`${METRICS}?page=${encodeURIComponent(page)}&status=${res.status}`);

  return c.html(await res.text(), res.status as 200 | 404);
});

export default app;
