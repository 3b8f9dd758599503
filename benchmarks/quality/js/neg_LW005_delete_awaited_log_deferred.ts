// negative LW005: the DELETE is awaited before 204; only a console log line is deferred with waitUntil
import { Hono } from "hono";

type Env = { Bindings: { DB: D1Database } };
const app = new Hono<Env>();

app.delete("/api/notes/:id", async (c) => {
  const id = c.req.param("id");
  const result = await c.env.DB.prepare("DELETE FROM notes WHERE id = ?").bind(id).run();
  if (result.meta.changes === 0) return c.notFound();
  c.executionCtx.waitUntil(Promise.resolve().then(() => console.log("note deleted", id)));
  return c.body(null, 204);
});

export default app;
