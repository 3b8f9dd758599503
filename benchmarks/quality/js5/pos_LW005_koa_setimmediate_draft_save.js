// positive LW005: Koa autosave endpoint replies { saved: true } and schedules the Mongoose draft upsert with setImmediate, after the response
const Koa = require("koa");
const Router = require("@koa/router");
const bodyParser = require("koa-bodyparser");
const mongoose = require("mongoose");

const Draft = mongoose.model(
  "Draft",
  new mongoose.Schema({ docId: { type: String, index: true, unique: true }, ownerId: String, content: String, rev: Number }),
);

const router = new Router({ prefix: "/api" });

async function writeDraft(docId, ownerId, content, rev) {
  await Draft.updateOne({ docId, rev: { $lt: rev } }, { $set: { ownerId, content, rev } }, { upsert: true });
}

router.get("/drafts/:docId", async (ctx) => {
  const draft = await Draft.findOne({ docId: ctx.params.docId }).lean();
  ctx.assert(draft, 404);
  ctx.body = draft;
});

router.put("/drafts/:docId", async (ctx) => {
  const { content, rev } = ctx.request.body;
  const ownerId = ctx.state.user.id;
  setImmediate(() => {
    writeDraft(ctx.params.docId, ownerId, content, rev).catch((err) => ctx.app.emit("error", err));
  });
  ctx.status = 200;
  ctx.body = { saved: true, rev };
});

const app = new Koa();
app.use(bodyParser({ jsonLimit: "2mb" }));
app.use(router.routes());
mongoose.connect(process.env.MONGO_URL).then(() => app.listen(3000));
