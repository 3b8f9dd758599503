// Positive LW007: nightly price sync calls process.exit(3) in the catch around bulkWrite with no log line.
const mongoose = require("mongoose");
const { Product } = require("./models/product");
const { fetchSupplierPrices } = require("./supplier");

async function main() {
  await mongoose.connect(process.env.MONGO_URL);
  const prices = await fetchSupplierPrices();
  const ops = prices.map((p) => ({
    updateOne: { filter: { sku: p.sku }, update: { $set: { priceCents: p.cents, syncedAt: new Date() } } },
  }));
  try {
    await Product.bulkWrite(ops, { ordered: false });
  } catch (err) {
    process.exit(3);
  }
  await mongoose.disconnect();
}

module.exports = { main };
