// positive LW007: Deno.cron rollup job commits daily totals with a Deno KV atomic op and exits the process with Deno.exit(1) on failure, logging nothing
const kv = await Deno.openKv();

interface Hit {
  path: string;
  at: number;
}

async function collectYesterday(): Promise<Map<string, number>> {
  const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const totals = new Map<string, number>();
  for await (const entry of kv.list<Hit>({ prefix: ["hits", day] })) {
    totals.set(entry.value.path, (totals.get(entry.value.path) ?? 0) + 1);
  }
  return totals;
}

async function writeRollup(day: string, totals: Map<string, number>) {
  const op = kv.atomic();
  for (const [path, count] of totals) op.set(["rollup", day, path], count);
  op.set(["rollup-meta", day], { paths: totals.size, at: Date.now() });
  const res = await op.commit();
  if (!res.ok) throw new Error("rollup commit failed");
}

Deno.cron("daily rollup", "15 0 * * *", async () => {
  const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  try {
    const totals = await collectYesterday();
    await writeRollup(day, totals);
  } catch {
    Deno.exit(1);
  }
});
