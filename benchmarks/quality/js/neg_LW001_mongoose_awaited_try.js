// negative LW001: Koa route awaits the Mongoose audit write inside the request
const Router = require("@koa/router");
const { Invoice, AuditEntry } = require("./models");

const router = new Router();

router.post("/invoices/:id/approve", async (ctx) => {
  const invoice = await Invoice.findByIdAndUpdate(ctx.params.id, { status: "approved" }, { new: true });
  ctx.assert(invoice, 404, "invoice not found");

  await AuditEntry.create({ entity: "invoice", entityId: invoice.id, action: "approve", actor: ctx.state.user.id });

  ctx.body = invoice;
});

module.exports = router;
