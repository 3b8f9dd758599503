// negative LW002: a process-wide PrismaClient is disconnected only on beforeExit; handlers await their writes
import express from "express";
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

app.post("/notes", async (req, res, next) => {
  try {
    const note = await prisma.note.create({ data: { body: req.body.body, authorId: req.user.id } });
    res.status(201).json(note);
  } catch (err) {
    next(err);
  }
});

process.on("beforeExit", async () => {
  await prisma.$disconnect();
});

app.listen(3000);
