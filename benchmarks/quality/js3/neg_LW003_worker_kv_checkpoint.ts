// Negative LW003: a Worker cron keeps its sync checkpoint in KV, not in a file rewritten in place.
interface Env {
  STATE: KVNamespace;
  UPSTREAM_URL: string;
}

interface Checkpoint {
  cursor: string | null;
  syncedAt: string;
}

async function pullPage(env: Env, cursor: string | null): Promise<{ items: unknown[]; next: string | null }> {
  const res = await fetch(`${env.UPSTREAM_URL}/changes${cursor ? `?after=${cursor}` : ""}`);
  if (!res.ok) throw new Error(`upstream ${res.status}`);
  return res.json();
}

export default {
  async scheduled(_event: ScheduledEvent, env: Env): Promise<void> {
    const saved = await env.STATE.get<Checkpoint>("sync-checkpoint", "json");
    const page = await pullPage(env, saved?.cursor ?? null);
    const next: Checkpoint = { cursor: page.next, syncedAt: new Date().toISOString() };
    await env.STATE.put("sync-checkpoint", JSON.stringify(next));
  },
};
