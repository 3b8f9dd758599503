// positive LW005: Koa route creates the note in process.nextTick and sets 201 { ok: true } before it is stored
const Router = require("@koa/router");
const { Note } = require("./models");
const log = require("./log");

const router = new Router();

router.post("/notes", async (ctx) => {
  const { title, body } = ctx.request.body;
  const id = require("crypto").randomUUID();
  process.nextTick(() => {
    Note.create({ _id: id, title, body, owner: ctx.state.user.id }).catch((err) => log.error(err));
  });
  ctx.status = 201;
  ctx.body = { ok: true, id };
});

module.exports = router;
