// negative LW001: a batch of Knex inserts is awaited with Promise.allSettled and failures are reported to the caller
import type { Knex } from "knex";

type Reading = { sensorId: string; value: number; takenAt: Date };

export async function storeReadings(knex: Knex, readings: Reading[]) {
  const results = await Promise.allSettled(
    readings.map((r) => knex("readings").insert({ sensor_id: r.sensorId, value: r.value, taken_at: r.takenAt })),
  );
  const failed = results.flatMap((r, i) => (r.status === "rejected" ? [readings[i].sensorId] : []));
  if (failed.length > 0) {
    throw new Error(`failed to store readings for sensors: ${failed.join(", ")}`);
  }
  return results.length;
}
