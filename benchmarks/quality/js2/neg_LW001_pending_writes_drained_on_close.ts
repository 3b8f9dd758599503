// negative LW001: a write buffer keeps every in-flight write promise, logs failures at error level, and drains them on server close
import type { Server } from "node:http";
import type { Pool } from "pg";

export class WriteTracker {
  private readonly inflight = new Set<Promise<unknown>>();

  track<T>(label: string, write: Promise<T>): void {
    const tracked = write
      .catch((err: Error) => {
        console.error(`background write ${label} failed`, err);
      })
      .finally(() => this.inflight.delete(tracked));
    this.inflight.add(tracked);
  }

  async drain(): Promise<void> {
    await Promise.allSettled([...this.inflight]);
  }
}

export function recordLogin(pool: Pool, tracker: WriteTracker, userId: string): void {
  tracker.track("login", pool.query("INSERT INTO logins (user_id) VALUES ($1)", [userId]));
}

export function installShutdown(server: Server, tracker: WriteTracker, pool: Pool): void {
  process.on("SIGTERM", () => {
    server.close(async () => {
      await tracker.drain();
      await pool.end();
    });
  });
}
