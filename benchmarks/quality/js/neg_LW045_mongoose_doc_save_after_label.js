// negative LW045: the label is computed and the Mongoose document saved again, all awaited in the request path
const { Post } = require("./models");
const { classifyAsync } = require("./classifier");

async function createPost(author, body) {
  const post = await Post.create({ author, body });
  post.label = await classifyAsync(body);
  await post.save();
  return post;
}

module.exports = { createPost };
