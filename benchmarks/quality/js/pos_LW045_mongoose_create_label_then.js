// positive LW045: Post.create commits the post; the classifier's .then() sets post.label on the plain input object that is never saved again
const { Post } = require("./models");
const { classifyAsync } = require("./classifier");

async function createPost(author, body) {
  const post = { author, body, createdAt: new Date() };
  await Post.create(post);
  classifyAsync(body).then((label) => {
    post.label = label;
  });
  return post;
}

module.exports = { createPost };
