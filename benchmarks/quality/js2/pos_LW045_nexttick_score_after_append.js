// positive LW045: a review is appended to the reviews log and process.nextTick sets review.sentiment afterwards, never rewritten
const fs = require("node:fs/promises");
const { score } = require("./sentiment");

const REVIEWS_LOG = "/var/data/reviews.jsonl";

async function submitReview(productId, stars, text) {
  const review = { productId, stars, text, at: Date.now() };
  await fs.appendFile(REVIEWS_LOG, JSON.stringify(review) + "\n");
  process.nextTick(() => {
    review.sentiment = score(text);
  });
  return review;
}

module.exports = { submitReview };
