// positive LW004: a Mongoose model's comment.save() failure goes to a debug() logger and the API reports the comment as posted
const debug = require("debug")("blog:comments");
const { Comment } = require("./models");

async function listComments(req, res) {
  res.json(await Comment.find({ post: req.params.postId }).sort({ createdAt: -1 }).lean());
}

async function postComment(req, res) {
  const comment = new Comment({ post: req.params.postId, author: req.user.id, text: req.body.text });
  await comment.save().catch((err) => debug("comment save failed: %s", err.message));
  res.status(201).json({ id: comment.id, posted: true });
}

module.exports = { listComments, postComment };
