// negative LW005: the BullMQ enqueue is awaited and the client gets 202 with a job id to poll
import express from "express";
import { Queue } from "bullmq";

const imports = new Queue("csv-import", { connection: { host: "127.0.0.1", port: 6379 } });
const app = express();
app.use(express.json());

app.post("/imports", async (req, res, next) => {
  try {
    const job = await imports.add("import", { url: req.body.url, owner: req.user.id }, { attempts: 5 });
    res.status(202).json({ status: "queued", jobId: job.id, statusUrl: `/imports/${job.id}` });
  } catch (err) {
    next(err);
  }
});

export default app;
