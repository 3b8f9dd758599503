// negative LW006: the knex projection inserts the comment with INSERT ... SELECT ... WHERE EXISTS(post), so a deleted post yields no row
const knex = require("knex")({ client: "pg", connection: process.env.READMODEL_URL });

async function commentEdited(trx, e) {
  const result = await trx.raw(
    `INSERT INTO comments (id, post_id, body)
     SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM posts WHERE id = ?)
     ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body`,
    [e.commentId, e.postId, e.body, e.postId],
  );
  if (result.rowCount === 0) console.warn(`post ${e.postId} gone, comment ${e.commentId} dropped`);
}

async function postDeleted(trx, e) {
  await trx("posts").where({ id: e.postId }).del();
}

async function apply(event) {
  const handler = { CommentEdited: commentEdited, PostDeleted: postDeleted }[event.type];
  if (handler) await knex.transaction((trx) => handler(trx, event));
}

module.exports = { apply };
