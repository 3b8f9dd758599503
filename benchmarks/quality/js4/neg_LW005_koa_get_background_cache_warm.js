// negative LW005: Koa GET /products/:id returns the product and fires a background warm-up of an in-memory recommendation cache; the request asked for no write
const Koa = require("koa");
const Router = require("@koa/router");
const mongoose = require("mongoose");
const { LRUCache } = require("lru-cache");

const Product = mongoose.model("Product", new mongoose.Schema({ name: String, category: String, price: Number }));
const recommendations = new LRUCache({ max: 5000, ttl: 10 * 60 * 1000 });

async function warmRecommendations(product) {
  if (recommendations.has(product.category)) return;
  const similar = await Product.find({ category: product.category }).limit(12).lean();
  recommendations.set(product.category, similar);
}

const router = new Router();

router.get("/products/:id", async (ctx) => {
  const product = await Product.findById(ctx.params.id).lean();
  if (!product) ctx.throw(404);
  warmRecommendations(product).catch((err) => console.debug("recommendation warm-up skipped", err.message));
  ctx.body = product;
});

const app = new Koa();
app.use(router.routes());
mongoose.connect(process.env.MONGO_URL).then(() => app.listen(3000));
