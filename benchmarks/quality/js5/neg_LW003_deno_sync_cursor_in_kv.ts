// negative LW003: Deno sync daemon keeps its cursor in Deno KV, committed atomically with the page's documents; the only file written is an appended run log
const API = Deno.env.get("UPSTREAM_API") ?? "https://api.example.com/v2/changes";
const RUN_LOG = Deno.env.get("SYNC_RUN_LOG") ?? "./logs/sync-runs.log";

interface SyncState {
  cursor: string | null;
  pages: number;
}

const kv = await Deno.openKv();

async function applyPage(state: SyncState, next: string | null, changes: Array<{ id: string; doc: unknown }>) {
  const op = kv.atomic();
  for (const c of changes) op.set(["docs", c.id], c.doc);
  const nextState: SyncState = { cursor: next ?? state.cursor, pages: state.pages + 1 };
  op.set(["sync", "cursor"], nextState);
  const res = await op.commit();
  if (!res.ok) throw new Error("kv commit rejected");
  return nextState;
}

let state = (await kv.get<SyncState>(["sync", "cursor"])).value ?? { cursor: null, pages: 0 };
for (;;) {
  const url = state.cursor ? `${API}?cursor=${encodeURIComponent(state.cursor)}` : API;
  const page = await (await fetch(url)).json() as { next: string | null; changes: Array<{ id: string; doc: unknown }> };
  state = await applyPage(state, page.next, page.changes);
  if (!page.next) break;
}
await Deno.writeTextFile(RUN_LOG, `${new Date().toISOString()} pages=${state.pages}\n`, { append: true });
