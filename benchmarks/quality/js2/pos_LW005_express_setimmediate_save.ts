// positive LW005: an Express handler defers the save with setImmediate and responds 201 before the note exists
import express from "express";
import { randomUUID } from "node:crypto";
import { NoteStore } from "./note-store";

const store = new NoteStore(process.env.DATABASE_URL!);
export const notes = express.Router();

notes.post("/", (req, res) => {
  const note = { id: randomUUID(), body: String(req.body.body ?? ""), owner: req.user!.id };
  setImmediate(() => {
    store.save(note).catch((err) => console.error("note save failed", err));
  });
  res.status(201).json({ id: note.id });
});

notes.get("/:id", async (req, res) => {
  const note = await store.get(req.params.id);
  note ? res.json(note) : res.sendStatus(404);
});
