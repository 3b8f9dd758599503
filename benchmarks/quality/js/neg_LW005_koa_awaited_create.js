// negative LW005: Koa route awaits Note.create before setting 201
const Router = require("@koa/router");
const { Note } = require("./models");

const router = new Router();

router.post("/notes", async (ctx) => {
  const { title, body } = ctx.request.body;
  const note = await Note.create({ title, body, owner: ctx.state.user.id });
  ctx.status = 201;
  ctx.body = { ok: true, id: note.id };
});

module.exports = router;
