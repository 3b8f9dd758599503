// negative LW001: Express bulk-tag route, the Mongoose updates are sent as one awaited bulkWrite and the cache bump is a synchronous in-memory Map
const express = require("express");
const mongoose = require("mongoose");

const Bookmark = mongoose.model(
  "Bookmark",
  new mongoose.Schema({ owner: String, url: String, tags: [String], updatedAt: Date }),
);

const router = express.Router();
const tagCounts = new Map();

router.post("/bookmarks/tags", async (req, res, next) => {
  const { ids, add } = req.body;
  if (!Array.isArray(ids) || typeof add !== "string") {
    return res.status(400).json({ error: "ids[] and add are required" });
  }
  try {
    const owned = await Bookmark.find({ _id: { $in: ids }, owner: req.user.id }).select("_id").lean();
    const result = await Bookmark.bulkWrite(
      owned.map((doc) => ({
        updateOne: {
          filter: { _id: doc._id },
          update: { $addToSet: { tags: add }, $set: { updatedAt: new Date() } },
        },
      })),
      { ordered: false },
    );
    owned.forEach((doc) => {
      tagCounts.set(add, (tagCounts.get(add) ?? 0) + 1);
      req.log.debug({ id: String(doc._id), tag: add }, "tagged");
    });
    res.json({ tagged: result.modifiedCount });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
