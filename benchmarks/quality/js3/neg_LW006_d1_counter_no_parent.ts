// Negative LW006: Worker queue consumer upserts daily page-view counters; the table has no parent and no foreign key.
interface Env {
  DB: D1Database;
}

interface PageView {
  path: string;
  day: string;
}

export default {
  async queue(batch: MessageBatch<PageView>, env: Env): Promise<void> {
    const stmt = env.DB.prepare(
      "INSERT INTO daily_views (path, day, views) VALUES (?, ?, 1) ON CONFLICT (path, day) DO UPDATE SET views = views + 1",
    );
    await env.DB.batch(batch.messages.map((m) => stmt.bind(m.body.path, m.body.day)));
    batch.ackAll();
  },
};
