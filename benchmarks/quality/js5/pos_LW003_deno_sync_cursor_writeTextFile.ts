// positive LW003: Deno sync daemon stores its upstream cursor in state/cursor.json with Deno.writeTextFile over the live file after every page
const STATE_PATH = Deno.env.get("SYNC_STATE") ?? "./state/cursor.json";
const API = Deno.env.get("UPSTREAM_API") ?? "https://api.example.com/v2/changes";

interface SyncState {
  cursor: string | null;
  pages: number;
  updatedAt: string;
}

async function readState(): Promise<SyncState> {
  try {
    return JSON.parse(await Deno.readTextFile(STATE_PATH));
  } catch (err) {
    if (err instanceof Deno.errors.NotFound) return { cursor: null, pages: 0, updatedAt: new Date(0).toISOString() };
    throw err;
  }
}

async function writeState(state: SyncState): Promise<void> {
  await Deno.writeTextFile(STATE_PATH, JSON.stringify(state, null, 2));
}

async function applyChanges(kv: Deno.Kv, changes: Array<{ id: string; doc: unknown }>) {
  const op = kv.atomic();
  for (const c of changes) op.set(["docs", c.id], c.doc);
  const res = await op.commit();
  if (!res.ok) throw new Error("kv commit rejected");
}

const kv = await Deno.openKv();
let state = await readState();
for (;;) {
  const url = state.cursor ? `${API}?cursor=${encodeURIComponent(state.cursor)}` : API;
  const page = await (await fetch(url)).json() as { next: string | null; changes: Array<{ id: string; doc: unknown }> };
  await applyChanges(kv, page.changes);
  state = { cursor: page.next ?? state.cursor, pages: state.pages + 1, updatedAt: new Date().toISOString() };
  await writeState(state);
  if (!page.next) break;
}
