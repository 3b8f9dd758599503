// positive LW001: Express bulk-tag route, each Mongoose update runs inside forEach(async ...) so no promise is awaited before the 200
const express = require("express");
const mongoose = require("mongoose");

const Bookmark = mongoose.model(
  "Bookmark",
  new mongoose.Schema({ owner: String, url: String, tags: [String], updatedAt: Date }),
);

const router = express.Router();

router.get("/bookmarks", async (req, res, next) => {
  try {
    const items = await Bookmark.find({ owner: req.user.id }).sort({ updatedAt: -1 }).limit(100).lean();
    res.json(items);
  } catch (err) {
    next(err);
  }
});

router.post("/bookmarks/tags", async (req, res, next) => {
  const { ids, add } = req.body;
  if (!Array.isArray(ids) || typeof add !== "string") {
    return res.status(400).json({ error: "ids[] and add are required" });
  }
  try {
    const owned = await Bookmark.find({ _id: { $in: ids }, owner: req.user.id }).select("_id").lean();
    owned.forEach(async (doc) => {
      await Bookmark.updateOne({ _id: doc._id }, { $addToSet: { tags: add }, $set: { updatedAt: new Date() } });
    });
    res.json({ tagged: owned.length });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
