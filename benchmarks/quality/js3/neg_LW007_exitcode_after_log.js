// Negative LW007: nightly price sync logs the bulkWrite failure with counts, sets process.exitCode and disconnects cleanly.
const mongoose = require("mongoose");
const { Product } = require("./models/product");
const { fetchSupplierPrices } = require("./supplier");

async function main() {
  await mongoose.connect(process.env.MONGO_URL);
  try {
    const prices = await fetchSupplierPrices();
    await Product.bulkWrite(
      prices.map((p) => ({ updateOne: { filter: { sku: p.sku }, update: { $set: { priceCents: p.cents } } } })),
      { ordered: false },
    );
  } catch (err) {
    console.error("price sync failed", { writeErrors: err.writeErrors?.length ?? 0, message: err.message });
    process.exitCode = 1;
  } finally {
    await mongoose.disconnect();
  }
}

module.exports = { main };
