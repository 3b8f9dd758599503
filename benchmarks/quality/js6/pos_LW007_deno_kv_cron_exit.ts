// positive LW007: Deno.cron job commits a KV atomic batch of daily rollups and calls Deno.exit(1) when the commit fails, without logging which day or keys were lost
const kv = await Deno.openKv();

interface Rollup {
  day: string;
  site: string;
  views: number;
  visitors: number;
}

async function collect(day: string): Promise<Rollup[]> {
  const rollups = new Map<string, Rollup>();
  for await (const entry of kv.list<{ site: string; visitor: string }>({ prefix: ["hits", day] })) {
    const r = rollups.get(entry.value.site) ?? { day, site: entry.value.site, views: 0, visitors: 0 };
    r.views += 1;
    rollups.set(entry.value.site, r);
  }
  return [...rollups.values()];
}

async function writeRollups(day: string, rollups: Rollup[]): Promise<void> {
  const op = kv.atomic();
  for (const r of rollups) op.set(["rollups", day, r.site], r);
  const result = await op.commit();
  if (!result.ok) {
    Deno.exit(1);
  }
}

Deno.cron("daily rollups", "15 0 * * *", async () => {
  const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const rollups = await collect(day);
  await writeRollups(day, rollups);
});
