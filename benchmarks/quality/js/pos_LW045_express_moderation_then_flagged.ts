// positive LW045: chat message inserted first; moderation result sets msg.flagged afterwards in .then() with no second write
import express from "express";
import { db } from "./db";
import { messages } from "./schema";
import { moderation } from "./moderation";

const app = express();
app.use(express.json());

app.post("/rooms/:roomId/messages", async (req, res) => {
  const msg = { id: crypto.randomUUID(), roomId: req.params.roomId, text: req.body.text, flagged: false };
  await db.insert(messages).values(msg);
  moderation.check(msg.text).then((result) => {
    msg.flagged = result.flagged;
  });
  res.status(201).json(msg);
});

export default app;
