// positive LW001: a larger Express router where only the "mark read" route starts a Knex update without awaiting it
const express = require("express");
const knex = require("../knex");
const { requireUser } = require("../auth");

const router = express.Router();
router.use(requireUser);

router.get("/", async (req, res, next) => {
  try {
    const rows = await knex("messages").where({ recipient_id: req.user.id }).orderBy("sent_at", "desc").limit(100);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.post("/", async (req, res, next) => {
  try {
    const [msg] = await knex("messages")
      .insert({ sender_id: req.user.id, recipient_id: req.body.to, body: req.body.body })
      .returning("*");
    res.status(201).json(msg);
  } catch (err) {
    next(err);
  }
});

router.get("/:id", async (req, res, next) => {
  try {
    const msg = await knex("messages").where({ id: req.params.id, recipient_id: req.user.id }).first();
    if (!msg) return res.sendStatus(404);
    if (!msg.read_at) {
      knex("messages").where({ id: msg.id }).update({ read_at: knex.fn.now() }).then(() => {});
    }
    res.json(msg);
  } catch (err) {
    next(err);
  }
});

router.delete("/:id", async (req, res, next) => {
  try {
    const count = await knex("messages").where({ id: req.params.id, recipient_id: req.user.id }).del();
    res.sendStatus(count ? 204 : 404);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
