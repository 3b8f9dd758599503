// negative LW004: profile service saves inside a managed Sequelize transaction; on failure it logs, rolls back and rethrows so the caller sees the error
const { Sequelize, DataTypes } = require("sequelize");
const logger = require("./logger");

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const Member = sequelize.define("Member", {
  email: { type: DataTypes.STRING, unique: true },
  displayName: DataTypes.STRING,
  marketingOptIn: DataTypes.BOOLEAN,
});
const ConsentLog = sequelize.define("ConsentLog", {
  memberId: DataTypes.INTEGER,
  optIn: DataTypes.BOOLEAN,
});

class ProfileService {
  async setMarketingConsent(memberId, optIn) {
    const t = await sequelize.transaction();
    try {
      const member = await Member.findByPk(memberId, { transaction: t, lock: t.LOCK.UPDATE });
      if (!member) {
        await t.rollback();
        return { found: false };
      }
      member.marketingOptIn = Boolean(optIn);
      await member.save({ transaction: t });
      await ConsentLog.create({ memberId, optIn: member.marketingOptIn }, { transaction: t });
      await t.commit();
      return { found: true, optIn: member.marketingOptIn };
    } catch (err) {
      logger.error(`consent update failed for member ${memberId}`, err);
      await t.rollback();
      throw err;
    }
  }
}

module.exports = { ProfileService, Member };
