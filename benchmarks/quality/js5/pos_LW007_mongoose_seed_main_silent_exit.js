// positive LW007: Mongoose catalogue import script, main() inserts the products and its rejection is handled by .catch(() => process.exit(1)), so a failed insertMany exits with no log
const mongoose = require("mongoose");
const fs = require("node:fs/promises");

const Product = mongoose.model(
  "Product",
  new mongoose.Schema({ sku: { type: String, unique: true }, title: String, priceCents: Number, tags: [String] }),
);

async function loadCatalogue(file) {
  const raw = JSON.parse(await fs.readFile(file, "utf8"));
  return raw.items.map((it) => ({ sku: it.sku, title: it.name, priceCents: Math.round(it.price * 100), tags: it.tags || [] }));
}

async function main() {
  await mongoose.connect(process.env.MONGO_URL);
  const products = await loadCatalogue(process.argv[2] || "catalogue.json");
  await Product.deleteMany({ source: "import" });
  await Product.insertMany(products, { ordered: true });
  console.log(`imported ${products.length} products`);
  await mongoose.disconnect();
}

main().catch(() => process.exit(1));
