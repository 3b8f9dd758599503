// positive LW006: postgres.js projection of a social feed, "reaction.set" upserts into reactions (FK to posts, ON DELETE CASCADE) while "post.deleted" deletes the post; no parent check
import postgres from "postgres";

const sql = postgres(process.env.FEED_DB_URL, { max: 4 });

async function onPostPublished(e) {
  await sql`insert into posts ${sql({ id: e.postId, author_id: e.authorId, body: e.body, published_at: e.at })} on conflict (id) do nothing`;
}

async function onPostDeleted(e) {
  await sql`delete from posts where id = ${e.postId}`;
}

async function onReactionSet(e) {
  const row = { post_id: e.postId, user_id: e.userId, emoji: e.emoji, reacted_at: e.at };
  await sql`
    insert into reactions ${sql(row)}
    on conflict (post_id, user_id) do update set emoji = excluded.emoji, reacted_at = excluded.reacted_at
  `;
}

const routes = { "post.published": onPostPublished, "post.deleted": onPostDeleted, "reaction.set": onReactionSet };

export async function handleBatch(events) {
  for (const e of events) {
    const fn = routes[e.type];
    if (fn) await fn(e);
  }
  return events.length;
}
