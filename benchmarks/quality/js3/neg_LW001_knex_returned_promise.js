// Negative LW001: reservation helper returns the knex insert promise to its caller, which awaits it.
const { randomUUID } = require("node:crypto");

function insertReservation(knex, reservation) {
  return knex("reservations").insert({ ...reservation, created_at: new Date() });
}

async function reserve(knex, sku, warehouseId, quantity) {
  const id = randomUUID();
  await insertReservation(knex, { id, sku, warehouse_id: warehouseId, quantity });
  return id;
}

module.exports = { reserve, insertReservation };
