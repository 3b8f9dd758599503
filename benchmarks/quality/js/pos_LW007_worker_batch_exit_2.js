// positive LW007: a batch worker calls process.exit(2) when writing the batch fails, with the error and batch id unlogged
const { pool } = require("./db");
const { nextBatch, markDone } = require("./batches");

async function loop() {
  for (;;) {
    const batch = await nextBatch();
    if (!batch) break;
    try {
      await pool.query("INSERT INTO metrics_rollup (bucket, name, value) SELECT * FROM unnest($1::timestamptz[], $2::text[], $3::float8[])", [
        batch.buckets,
        batch.names,
        batch.values,
      ]);
      await markDone(batch.id);
    } catch (err) {
      process.exit(2);
    }
  }
}

loop();
