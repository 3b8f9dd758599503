// negative LW007: Deno.cron rollup job logs the day and the error when the KV atomic commit fails and rethrows so the cron run is marked failed
const kv = await Deno.openKv();

async function writeRollup(day: string, totals: Map<string, number>) {
  const op = kv.atomic();
  for (const [path, count] of totals) op.set(["rollup", day, path], count);
  op.set(["rollup-meta", day], { paths: totals.size, at: Date.now() });
  const res = await op.commit();
  if (!res.ok) throw new Error(`rollup commit for ${day} was rejected`);
}

async function collect(day: string): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  for await (const entry of kv.list<{ path: string }>({ prefix: ["hits", day] })) {
    totals.set(entry.value.path, (totals.get(entry.value.path) ?? 0) + 1);
  }
  return totals;
}

Deno.cron("daily rollup", "15 0 * * *", async () => {
  const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  try {
    await writeRollup(day, await collect(day));
  } catch (err) {
    console.error(JSON.stringify({ msg: "daily rollup failed", day, error: String(err), stack: (err as Error).stack }));
    throw err;
  }
});
