// Negative LW002: snapshot job awaits insertOne inside the try, before the finally closes the MongoClient.
const { MongoClient } = require("mongodb");

async function snapshot(uri) {
  const client = new MongoClient(uri);
  try {
    await client.connect();
    const db = client.db("commerce");
    const [totals = { count: 0, revenue: 0 }] = await db
      .collection("orders")
      .aggregate([{ $group: { _id: null, count: { $sum: 1 }, revenue: { $sum: "$total" } } }])
      .toArray();
    await db.collection("daily_snapshots").insertOne({ day: new Date().toISOString().slice(0, 10), ...totals });
    return totals;
  } finally {
    await client.close();
  }
}

module.exports = { snapshot };
