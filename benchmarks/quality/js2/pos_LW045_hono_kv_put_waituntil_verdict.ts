// positive LW045: a Hono Worker puts the record into KV, then waitUntil(classify(...).then(v => record.verdict = v)) changes only the object
import { Hono } from "hono";

type Env = { Bindings: { RECORDS: KVNamespace } };
const app = new Hono<Env>();

async function classify(text: string): Promise<string> {
  const { classifier } = await import("./classifier");
  return classifier(text);
}

app.post("/records", async (c) => {
  const body = await c.req.json<{ text: string }>();
  const record: { id: string; text: string; would_have_asked: boolean; verdict?: string } = {
    id: crypto.randomUUID(),
    text: body.text,
    would_have_asked: true,
  };
  await c.env.RECORDS.put(record.id, JSON.stringify(record));
  c.executionCtx.waitUntil(
    classify(record.text).then((v) => {
      record.verdict = v;
    }),
  );
  return c.json({ id: record.id }, 201);
});

export default app;
