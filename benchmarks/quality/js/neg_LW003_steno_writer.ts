// negative LW003: lowdb's JSONFile adapter persists through steno, which writes a temp file and renames it
import { Low } from "lowdb";
import { JSONFile } from "lowdb/node";

type Data = { sessions: { id: string; userId: string; expiresAt: number }[] };

const db = new Low<Data>(new JSONFile<Data>("sessions.json"), { sessions: [] });

export async function addSession(id: string, userId: string, ttlMs: number) {
  await db.read();
  db.data.sessions.push({ id, userId, expiresAt: Date.now() + ttlMs });
  await db.write();
}
