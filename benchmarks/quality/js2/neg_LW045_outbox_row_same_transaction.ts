// negative LW045: the article and an outbox job are inserted in one transaction; a worker writes the summary with a compare-and-set UPDATE
import type { Pool } from "pg";
import { summarize } from "./summarizer";

export async function createArticle(pool: Pool, title: string, body: string): Promise<string> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query("INSERT INTO articles (title, body) VALUES ($1, $2) RETURNING id", [title, body]);
    await client.query("INSERT INTO outbox (kind, ref) VALUES ('summarize', $1)", [rows[0].id]);
    await client.query("COMMIT");
    return rows[0].id;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}

export async function runSummarizer(pool: Pool): Promise<void> {
  const { rows } = await pool.query(
    "SELECT o.id, a.id AS article_id, a.body FROM outbox o JOIN articles a ON a.id = o.ref WHERE o.kind = 'summarize' LIMIT 50",
  );
  for (const job of rows) {
    await pool.query("UPDATE articles SET summary = $1 WHERE id = $2 AND summary IS NULL", [summarize(job.body), job.article_id]);
    await pool.query("DELETE FROM outbox WHERE id = $1", [job.id]);
  }
}
