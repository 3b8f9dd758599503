// Negative LW005: Koa route awaits the profile update and responds with the stored row.
const Router = require("@koa/router");

function createProfileRouter(profiles) {
  const router = new Router({ prefix: "/profiles" });

  router.patch("/:id", async (ctx) => {
    const updated = await profiles.update(ctx.params.id, ctx.request.body);
    if (!updated) ctx.throw(404, "no such profile");
    ctx.body = updated;
  });

  return router;
}

module.exports = { createProfileRouter };
