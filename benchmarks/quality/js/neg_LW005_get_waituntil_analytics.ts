// negative LW005: a GET handler returns data it read; only an analytics datapoint is deferred with waitUntil
import { Hono } from "hono";

type Env = { Bindings: { DB: D1Database; ANALYTICS: AnalyticsEngineDataset } };
const app = new Hono<Env>();

app.get("/api/products/:id", async (c) => {
  const product = await c.env.DB.prepare("SELECT * FROM products WHERE id = ?").bind(c.req.param("id")).first();
  if (!product) return c.notFound();
  c.executionCtx.waitUntil(
    Promise.resolve(c.env.ANALYTICS.writeDataPoint({ indexes: ["product_view"], blobs: [String(product.id)] })),
  );
  return c.json(product);
});

export default app;
