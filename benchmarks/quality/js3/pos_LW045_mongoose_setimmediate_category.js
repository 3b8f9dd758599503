// Positive LW045: listing is created with Mongoose, then setImmediate assigns a category to the document without saving it.
const { Listing } = require("./models/listing");
const { categorize } = require("./taxonomy");

async function createListing(sellerId, title, description, priceCents) {
  const listing = await Listing.create({ sellerId, title, description, priceCents, status: "active" });
  setImmediate(() => {
    listing.category = categorize(title, description);
  });
  return listing;
}

async function listingsFor(sellerId) {
  return Listing.find({ sellerId }).sort({ createdAt: -1 }).lean();
}

module.exports = { createListing, listingsFor };
