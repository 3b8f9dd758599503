// positive LW005: Express signup hands the user row to a BullMQ job without awaiting the enqueue and answers 201 created
import express from "express";
import { Queue } from "bullmq";

const persistQueue = new Queue("persist-user", { connection: { host: "127.0.0.1", port: 6379 } });
const app = express();
app.use(express.json());

app.post("/signup", (req, res) => {
  const user = { id: crypto.randomUUID(), email: req.body.email, plan: req.body.plan ?? "free" };
  persistQueue.add("insert-user", user);
  res.status(201).json({ id: user.id, status: "created" });
});

export default app;
