// Negative LW045: after the complete listing is created, the .then() only notifies followers; nothing is attached to the record.
const { Listing } = require("./models/listing");
const { categorize } = require("./taxonomy");
const { notifyFollowers } = require("./notifications");

async function createListing(sellerId, title, description, priceCents, log) {
  const category = categorize(title, description);
  const listing = await Listing.create({ sellerId, title, description, priceCents, category, status: "active" });
  notifyFollowers(sellerId, listing.id)
    .then((count) => log.info({ listingId: listing.id, count }, "followers notified"))
    .catch((err) => log.warn({ err, listingId: listing.id }, "follower notification failed"));
  return listing;
}

module.exports = { createListing };
