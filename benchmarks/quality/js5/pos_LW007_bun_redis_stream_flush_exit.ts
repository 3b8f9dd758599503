// positive LW007: Bun telemetry relay flushes buffered readings to a Redis stream with an ioredis pipeline and ends the process via .catch(() => process.exit(1)), with no log line
import Redis from "ioredis";

const redis = new Redis(Bun.env.REDIS_URL ?? "redis://localhost:6379");
const STREAM = "telemetry:readings";

type Reading = { deviceId: string; metric: string; value: number; ts: number };
let pending: Reading[] = [];

function flush(): Promise<void> {
  if (pending.length === 0) return Promise.resolve();
  const batch = pending;
  pending = [];
  const pipe = redis.pipeline();
  for (const r of batch) {
    pipe.xadd(STREAM, "MAXLEN", "~", "1000000", "*", "device", r.deviceId, "metric", r.metric, "value", String(r.value), "ts", String(r.ts));
  }
  return pipe.exec().then((results) => {
    const failed = results?.find(([err]) => err);
    if (failed) throw failed[0];
  });
}

setInterval(() => {
  flush().catch(() => process.exit(1));
}, 1_000);

Bun.serve({
  port: 9100,
  async fetch(req) {
    if (req.method !== "POST") return new Response(null, { status: 405 });
    const readings = (await req.json()) as Reading[];
    pending.push(...readings);
    return new Response(null, { status: 202 });
  },
});
