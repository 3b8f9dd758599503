// negative LW006: daily page-view counters are upserted by URL; the table has no parent and no foreign key, nothing can orphan them
import type { Pool } from "pg";

export async function onPageViewed(pool: Pool, e: { url: string; day: string }): Promise<void> {
  await pool.query(
    `INSERT INTO page_views (url, day, views) VALUES ($1, $2, 1)
     ON CONFLICT (url, day) DO UPDATE SET views = page_views.views + 1`,
    [e.url, e.day],
  );
}
