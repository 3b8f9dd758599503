// negative LW007: the batch worker logs at fatal level with the batch id and error before exiting
const pino = require("pino");
const { pool } = require("./db");
const { nextBatch, markDone } = require("./batches");

const logger = pino();

async function loop() {
  for (;;) {
    const batch = await nextBatch();
    if (!batch) break;
    try {
      await pool.query("INSERT INTO metrics_rollup (bucket, name, value) VALUES ($1, $2, $3)", [batch.bucket, batch.name, batch.value]);
      await markDone(batch.id);
    } catch (err) {
      logger.fatal({ err, batchId: batch.id }, "rollup insert failed, exiting");
      process.exit(2);
    }
  }
}

loop();
