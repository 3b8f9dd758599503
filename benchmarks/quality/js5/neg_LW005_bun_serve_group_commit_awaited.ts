// negative LW005: Bun.serve ingest endpoint group-commits events to ClickHouse, but each request awaits the flush promise of its own batch before answering 201
import { createClient } from "@clickhouse/client";

const clickhouse = createClient({ url: Bun.env.CLICKHOUSE_URL ?? "http://localhost:8123" });

interface PageEvent {
  site: string;
  path: string;
  visitor: string;
  ts: string;
}

class GroupCommit {
  private pending: PageEvent[] = [];
  private flushing: Promise<void> | null = null;

  add(evt: PageEvent): Promise<void> {
    this.pending.push(evt);
    if (!this.flushing) {
      this.flushing = new Promise<void>((resolve) => setTimeout(resolve, 20)).then(() => this.flush());
    }
    return this.flushing;
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.flushing = null;
    await clickhouse.insert({ table: "page_events", values: batch, format: "JSONEachRow" });
  }
}

const commits = new GroupCommit();

Bun.serve({
  port: Number(Bun.env.PORT ?? 3000),
  async fetch(req) {
    const url = new URL(req.url);
    if (req.method === "POST" && url.pathname === "/e") {
      const evt = (await req.json()) as Omit<PageEvent, "ts">;
      try {
        await commits.add({ ...evt, ts: new Date().toISOString() });
      } catch (err) {
        console.error("ingest batch failed", err);
        return Response.json({ stored: false }, { status: 503 });
      }
      return Response.json({ stored: true }, { status: 201 });
    }
    return new Response("not found", { status: 404 });
  },
});
