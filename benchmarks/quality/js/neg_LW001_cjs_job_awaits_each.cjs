// negative LW001: a CommonJS nightly job awaits every Sequelize write it starts
const { Op } = require("sequelize");
const { Session, SessionArchive } = require("./models");

async function archiveStaleSessions(now = new Date()) {
  const cutoff = new Date(now.getTime() - 30 * 24 * 3600 * 1000);
  const stale = await Session.findAll({ where: { lastSeenAt: { [Op.lt]: cutoff } } });
  for (const s of stale) {
    await SessionArchive.create({ sessionId: s.id, userId: s.userId, lastSeenAt: s.lastSeenAt });
    await s.destroy();
  }
  return stale.length;
}

module.exports = { archiveStaleSessions };
