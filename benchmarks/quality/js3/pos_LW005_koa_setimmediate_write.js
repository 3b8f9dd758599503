// Positive LW005: Koa route schedules the profile update with setImmediate and answers 200 "updated" right away.
const Router = require("@koa/router");

function createProfileRouter(profiles) {
  const router = new Router({ prefix: "/profiles" });

  router.get("/:id", async (ctx) => {
    ctx.body = await profiles.findById(ctx.params.id);
  });

  router.patch("/:id", async (ctx) => {
    const changes = ctx.request.body;
    const id = ctx.params.id;
    setImmediate(async () => {
      try {
        await profiles.update(id, changes);
      } catch (err) {
        ctx.app.emit("error", err, ctx);
      }
    });
    ctx.body = { id, updated: true };
  });

  return router;
}

module.exports = { createProfileRouter };
