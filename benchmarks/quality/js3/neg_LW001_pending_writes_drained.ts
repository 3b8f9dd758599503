// Negative LW001: telemetry exporter keeps every in-flight POST and drains them with allSettled on shutdown, logging failures.
type Event = Record<string, unknown>;

export class TelemetryExporter {
  private readonly inFlight = new Set<Promise<void>>();
  private buffer: Event[] = [];

  constructor(private readonly endpoint: string, private readonly log: Pick<Console, "error">) {}

  record(event: Event): void {
    this.buffer.push(event);
    if (this.buffer.length >= 100) this.flush();
  }

  private async send(batch: Event[]): Promise<void> {
    const res = await fetch(`${this.endpoint}/v1/events`, { method: "POST", body: JSON.stringify({ events: batch }) });
    if (!res.ok) throw new Error(`ingest answered ${res.status}`);
  }

  flush(): void {
    const batch = this.buffer;
    this.buffer = [];
    const p = this.send(batch).catch((err) => {
      this.log.error("telemetry batch lost", { size: batch.length, err });
      throw err;
    });
    this.inFlight.add(p);
    p.finally(() => this.inFlight.delete(p)).catch(() => undefined);
  }

  async shutdown(): Promise<void> {
    this.flush();
    await Promise.allSettled([...this.inFlight]);
  }
}
