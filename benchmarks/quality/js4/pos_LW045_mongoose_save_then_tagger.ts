// positive LW045: Express article route saves the Mongoose document, then sets doc.tags in a lazy loadTagger().then() callback and never saves again
import express from "express";
import mongoose, { Schema } from "mongoose";

const Article = mongoose.model(
  "Article",
  new Schema(
    {
      title: { type: String, required: true },
      body: { type: String, required: true },
      authorId: { type: String, required: true },
      tags: { type: [String], default: undefined },
    },
    { timestamps: true },
  ),
);

type Tagger = (title: string, body: string) => string[];
let taggerPromise: Promise<Tagger> | undefined;

function loadTagger(): Promise<Tagger> {
  taggerPromise ??= import("./tagger").then((m) => m.createTagger({ maxTags: 5 }));
  return taggerPromise;
}

const router = express.Router();

router.post("/articles", async (req, res, next) => {
  try {
    const doc = new Article({ title: req.body.title, body: req.body.body, authorId: req.user!.id });
    await doc.save();

    loadTagger().then((tag) => {
      doc.tags = tag(doc.title, doc.body);
    });

    res.status(201).json({ id: doc.id });
  } catch (err) {
    next(err);
  }
});

router.get("/articles/:id", async (req, res) => {
  const doc = await Article.findById(req.params.id).lean();
  if (!doc) return res.status(404).end();
  res.json(doc);
});

export default router;
