// Positive LW002: nightly snapshot job closes the MongoClient in finally while insertOne is still in flight.
const { MongoClient } = require("mongodb");

async function collectTotals(db) {
  const [orders] = await db
    .collection("orders")
    .aggregate([{ $group: { _id: null, count: { $sum: 1 }, revenue: { $sum: "$total" } } }])
    .toArray();
  return orders ?? { count: 0, revenue: 0 };
}

async function snapshot(uri) {
  const client = new MongoClient(uri);
  try {
    await client.connect();
    const db = client.db("commerce");
    const totals = await collectTotals(db);
    db.collection("daily_snapshots").insertOne({ day: new Date().toISOString().slice(0, 10), ...totals });
    return totals;
  } finally {
    await client.close();
  }
}

module.exports = { snapshot };
