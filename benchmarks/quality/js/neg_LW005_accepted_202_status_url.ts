// negative LW005: the job row is persisted (awaited) first; processing is deferred and the answer is 202 with a status URL
import { Hono } from "hono";
import { drizzle } from "drizzle-orm/d1";
import { eq } from "drizzle-orm";
import { exportJobs } from "./schema";
import { runExport } from "./export";

type Env = { Bindings: { DB: D1Database } };
const app = new Hono<Env>();

app.post("/api/exports", async (c) => {
  const db = drizzle(c.env.DB);
  const id = crypto.randomUUID();
  await db.insert(exportJobs).values({ id, status: "pending", createdAt: new Date() });

  c.executionCtx.waitUntil(
    runExport(c.env, id).catch(async (err) => {
      await db.update(exportJobs).set({ status: "failed", error: String(err) }).where(eq(exportJobs.id, id));
    }),
  );

  return c.json({ id, status: "pending", statusUrl: `/api/exports/${id}` }, 202);
});

export default app;
