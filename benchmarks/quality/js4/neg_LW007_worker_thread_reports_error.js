// negative LW007: worker_threads thumbnail indexer logs the failed insert with the image id and posts the error to the parent, which records it before restarting the worker
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const sharp = require("sharp");

const db = new Database(workerData.dbPath);
const insertThumb = db.prepare(
  "INSERT INTO thumbnails (image_id, width, height, bytes, created_at) VALUES (@imageId, @width, @height, @bytes, @createdAt)",
);

parentPort.on("message", async (job) => {
  try {
    const { data, info } = await sharp(job.path).resize(320, 320, { fit: "inside" }).webp().toBuffer({ resolveWithObject: true });
    insertThumb.run({ imageId: job.imageId, width: info.width, height: info.height, bytes: data, createdAt: Date.now() });
    parentPort.postMessage({ imageId: job.imageId, ok: true });
  } catch (err) {
    console.error(`thumbnail insert failed for image ${job.imageId}`, err);
    parentPort.postMessage({ imageId: job.imageId, ok: false, error: String(err && err.stack) });
    throw err;
  }
});
