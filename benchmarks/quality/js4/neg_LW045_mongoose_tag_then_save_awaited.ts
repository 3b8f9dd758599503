// negative LW045: Express article route saves the document, then awaits the tagger and persists the tags with an awaited second save before answering; a failure fails the request
import express from "express";
import mongoose, { Schema } from "mongoose";

const Article = mongoose.model(
  "Article",
  new Schema({ title: String, body: String, authorId: String, tags: { type: [String], default: undefined } }, { timestamps: true }),
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

    await loadTagger().then(async (tag) => {
      doc.tags = tag(doc.title ?? "", doc.body ?? "");
      await doc.save();
    });

    res.status(201).json({ id: doc.id, tags: doc.tags });
  } catch (err) {
    next(err);
  }
});

export default router;
