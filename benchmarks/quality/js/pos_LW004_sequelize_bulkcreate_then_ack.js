// positive LW004: queue consumer logs a failed Sequelize bulkCreate and still acks the message that carried the rows
const { Measurement } = require("./models");
const logger = require("./logger");

async function onMessage(channel, msg) {
  const rows = JSON.parse(msg.content.toString());
  try {
    await Measurement.bulkCreate(rows, { validate: true });
  } catch (err) {
    logger.error({ err, count: rows.length }, "failed to store measurements");
  }
  channel.ack(msg);
}

module.exports = { onMessage };
