// negative LW006: postgres.js projection, "reaction.set" inserts from a SELECT on posts (only when the post still exists) inside sql.begin, and logs the skipped reaction otherwise
import postgres from "postgres";

const sql = postgres(process.env.FEED_DB_URL, { max: 4 });

async function onPostDeleted(e) {
  await sql`delete from posts where id = ${e.postId}`;
}

async function onReactionSet(e) {
  await sql.begin(async (tx) => {
    const inserted = await tx`
      insert into reactions (post_id, user_id, emoji, reacted_at)
      select p.id, ${e.userId}, ${e.emoji}, ${e.at} from posts p where p.id = ${e.postId}
      on conflict (post_id, user_id) do update set emoji = excluded.emoji, reacted_at = excluded.reacted_at
      returning post_id
    `;
    if (inserted.count === 0) {
      console.warn(`reaction by ${e.userId} skipped: post ${e.postId} was deleted`);
    }
  });
}

const routes = { "post.deleted": onPostDeleted, "reaction.set": onReactionSet };

export async function handleBatch(events) {
  for (const e of events) {
    const fn = routes[e.type];
    if (fn) await fn(e);
  }
  return events.length;
}
