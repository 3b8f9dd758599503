// positive LW005: Koa POST /products/:id/ratings starts persistRating() with `void` and immediately sets 201 { saved: true }; the Mongoose writes land after the response, if at all
const Koa = require("koa");
const Router = require("@koa/router");
const bodyParser = require("koa-bodyparser");
const mongoose = require("mongoose");

const Rating = mongoose.model(
  "Rating",
  new mongoose.Schema({ productId: String, userId: String, stars: Number, text: String }, { timestamps: true }),
);
const Product = mongoose.model("Product", new mongoose.Schema({ name: String, ratingSum: Number, ratingCount: Number }));

async function persistRating(productId, userId, stars, text) {
  await Rating.create({ productId, userId, stars, text });
  await Product.updateOne({ _id: productId }, { $inc: { ratingSum: stars, ratingCount: 1 } });
}

const router = new Router();

router.post("/products/:id/ratings", async (ctx) => {
  const { stars, text } = ctx.request.body;
  if (!Number.isInteger(stars) || stars < 1 || stars > 5) {
    ctx.throw(400, "stars must be 1..5");
  }
  void persistRating(ctx.params.id, ctx.state.user.id, stars, text || "");
  ctx.status = 201;
  ctx.body = { saved: true };
});

router.get("/products/:id", async (ctx) => {
  const product = await Product.findById(ctx.params.id).lean();
  if (!product) ctx.throw(404);
  ctx.body = { ...product, average: product.ratingCount ? product.ratingSum / product.ratingCount : null };
});

const app = new Koa();
app.use(bodyParser());
app.use(router.routes());

mongoose.connect(process.env.MONGO_URL).then(() => app.listen(3000));
