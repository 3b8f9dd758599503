// positive LW007: worker_threads thumbnail indexer calls process.exit(2) when the better-sqlite3 insert throws, so the thread dies with no log of the image or the error
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const sharp = require("sharp");

const db = new Database(workerData.dbPath);
const insertThumb = db.prepare(
  "INSERT INTO thumbnails (image_id, width, height, bytes, created_at) VALUES (@imageId, @width, @height, @bytes, @createdAt)",
);

async function makeThumb(job) {
  const { data, info } = await sharp(job.path).resize(320, 320, { fit: "inside" }).webp().toBuffer({ resolveWithObject: true });
  return { imageId: job.imageId, width: info.width, height: info.height, bytes: data, createdAt: Date.now() };
}

parentPort.on("message", async (job) => {
  const thumb = await makeThumb(job);
  try {
    insertThumb.run(thumb);
  } catch {
    process.exit(2);
  }
  parentPort.postMessage({ imageId: job.imageId, ok: true });
});
