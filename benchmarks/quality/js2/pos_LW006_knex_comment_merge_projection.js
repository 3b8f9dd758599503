// positive LW006: a knex projection merges comments with insert().onConflict("id").merge(); PostDeleted deletes the post (cascade)
const knex = require("knex")({ client: "pg", connection: process.env.READMODEL_URL });

const handlers = {
  async PostPublished(trx, e) {
    await trx("posts").insert({ id: e.postId, title: e.title });
  },
  async PostDeleted(trx, e) {
    await trx("posts").where({ id: e.postId }).del();
  },
  async CommentEdited(trx, e) {
    await trx("comments")
      .insert({ id: e.commentId, post_id: e.postId, body: e.body })
      .onConflict("id")
      .merge(["body"]);
  },
};

async function apply(event) {
  await knex.transaction((trx) => handlers[event.type](trx, event));
}

module.exports = { apply };
