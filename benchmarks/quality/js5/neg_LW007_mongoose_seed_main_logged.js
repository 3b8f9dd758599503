// negative LW007: Mongoose catalogue import script logs the failure (with the error and how far it got) before setting a non-zero exit code
const mongoose = require("mongoose");
const fs = require("node:fs/promises");

const Product = mongoose.model(
  "Product",
  new mongoose.Schema({ sku: { type: String, unique: true }, title: String, priceCents: Number, tags: [String] }),
);

const progress = { loaded: 0, file: process.argv[2] || "catalogue.json" };

async function main() {
  await mongoose.connect(process.env.MONGO_URL);
  const raw = JSON.parse(await fs.readFile(progress.file, "utf8"));
  const products = raw.items.map((it) => ({ sku: it.sku, title: it.name, priceCents: Math.round(it.price * 100), tags: it.tags || [] }));
  progress.loaded = products.length;
  await Product.insertMany(products, { ordered: true });
  console.log(`imported ${products.length} products`);
}

main()
  .catch((err) => {
    console.error(`catalogue import from ${progress.file} failed after loading ${progress.loaded} items`, err);
    process.exitCode = 1;
  })
  .finally(() => mongoose.disconnect());
