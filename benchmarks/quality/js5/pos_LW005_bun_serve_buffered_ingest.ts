// positive LW005: Bun.serve ingest endpoint pushes the event into an in-memory buffer flushed to ClickHouse every 5 s and answers 201 { stored: true } before the flush
import { createClient } from "@clickhouse/client";

const clickhouse = createClient({ url: Bun.env.CLICKHOUSE_URL ?? "http://localhost:8123" });

interface PageEvent {
  site: string;
  path: string;
  visitor: string;
  ts: string;
}

let buffer: PageEvent[] = [];

async function flush(): Promise<void> {
  if (buffer.length === 0) return;
  const batch = buffer;
  buffer = [];
  try {
    await clickhouse.insert({ table: "page_events", values: batch, format: "JSONEachRow" });
  } catch (err) {
    console.error(`flush of ${batch.length} events failed`, err);
  }
}

setInterval(flush, 5_000);

Bun.serve({
  port: Number(Bun.env.PORT ?? 3000),
  async fetch(req) {
    const url = new URL(req.url);
    if (req.method === "POST" && url.pathname === "/e") {
      const evt = (await req.json()) as Omit<PageEvent, "ts">;
      buffer.push({ ...evt, ts: new Date().toISOString() });
      return Response.json({ stored: true }, { status: 201 });
    }
    if (url.pathname === "/healthz") return new Response("ok");
    return new Response("not found", { status: 404 });
  },
});
