// positive LW001: Koa route creates a Mongoose audit document without awaiting the promise
const Koa = require("koa");
const Router = require("@koa/router");
const bodyParser = require("koa-bodyparser");
const { Invoice, AuditEntry } = require("./models");

const app = new Koa();
const router = new Router();

router.post("/invoices/:id/approve", async (ctx) => {
  const invoice = await Invoice.findByIdAndUpdate(
    ctx.params.id,
    { status: "approved", approvedBy: ctx.state.user.id },
    { new: true },
  );

  AuditEntry.create({
    entity: "invoice",
    entityId: invoice.id,
    action: "approve",
    actor: ctx.state.user.id,
  });

  ctx.body = invoice;
});

app.use(bodyParser()).use(router.routes());
module.exports = app;
