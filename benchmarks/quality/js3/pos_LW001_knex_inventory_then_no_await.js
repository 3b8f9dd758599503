// Positive LW001: warehouse reservation starts a knex insert with a .then() and never awaits or returns the chain.
const { randomUUID } = require("node:crypto");

class ReservationService {
  constructor(knex, log) {
    this.knex = knex;
    this.log = log;
  }

  async available(sku, warehouseId) {
    const row = await this.knex("stock_levels").where({ sku, warehouse_id: warehouseId }).first("on_hand", "reserved");
    return row ? row.on_hand - row.reserved : 0;
  }

  async reserve(sku, warehouseId, quantity) {
    if ((await this.available(sku, warehouseId)) < quantity) {
      throw new Error(`insufficient stock for ${sku}`);
    }
    const id = randomUUID();
    this.knex("reservations")
      .insert({ id, sku, warehouse_id: warehouseId, quantity, created_at: new Date() })
      .then(() => this.log.debug({ id }, "reservation stored"));
    return id;
  }
}

module.exports = { ReservationService };
