// negative LW004: the Mongoose save's rejection is passed to Express's error handler with .catch(next)
const express = require("express");
const { Comment } = require("./models");

const router = express.Router();

router.post("/posts/:postId/comments", (req, res, next) => {
  const comment = new Comment({ postId: req.params.postId, author: req.user.id, body: req.body.body });
  comment
    .save()
    .then((saved) => res.status(201).json({ id: saved.id }))
    .catch(next);
});

module.exports = router;
