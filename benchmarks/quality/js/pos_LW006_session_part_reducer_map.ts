// positive LW006: reducer map upserts a tool-call row keyed by sessionId without a parent check; SessionDeleted deletes the session
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { eq } from "drizzle-orm";
import { sessions, toolCalls } from "./schema";

type Handler = (db: NodePgDatabase, payload: any) => Promise<void>;

export const reducers: Record<string, Handler> = {
  SessionStarted: async (db, p) => {
    await db.insert(sessions).values({ id: p.sessionId, startedAt: new Date(p.at) });
  },
  ToolCallFinished: async (db, p) => {
    await db
      .insert(toolCalls)
      .values({ id: p.callId, sessionId: p.sessionId, output: p.output, finishedAt: new Date(p.at) })
      .onConflictDoUpdate({ target: toolCalls.id, set: { output: p.output, finishedAt: new Date(p.at) } });
  },
  SessionDeleted: async (db, p) => {
    await db.delete(sessions).where(eq(sessions.id, p.sessionId));
  },
};
