// negative LW001: fs.appendFileSync is synchronous, so nothing floats even inside an async handler
import { appendFileSync } from "node:fs";
import express from "express";

const app = express();
app.use(express.json());

app.post("/audit", async (req, res) => {
  const entry = { at: new Date().toISOString(), actor: req.user.id, action: req.body.action };
  appendFileSync("/var/log/app/audit.jsonl", JSON.stringify(entry) + "\n");
  res.status(201).json(entry);
});

export default app;
