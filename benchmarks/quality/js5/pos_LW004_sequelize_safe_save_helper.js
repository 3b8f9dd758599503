// positive LW004: safeSave() helper turns a rejected Sequelize instance.save() into a resolved promise with logger.info; the profile service awaits it and reports the change as saved
const { Sequelize, DataTypes } = require("sequelize");
const logger = require("./logger");

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const Member = sequelize.define("Member", {
  email: { type: DataTypes.STRING, unique: true },
  displayName: DataTypes.STRING,
  marketingOptIn: DataTypes.BOOLEAN,
});

function safeSave(instance, context) {
  return instance.save().catch((err) => {
    logger.info(`save skipped for ${context}: ${err.message}`);
  });
}

class ProfileService {
  async rename(memberId, displayName) {
    const member = await Member.findByPk(memberId);
    if (!member) return { found: false };
    member.displayName = displayName;
    await safeSave(member, `member ${memberId}`);
    return { found: true, saved: true, displayName };
  }

  async setMarketingConsent(memberId, optIn) {
    const member = await Member.findByPk(memberId);
    if (!member) return { found: false };
    member.marketingOptIn = Boolean(optIn);
    await safeSave(member, `consent ${memberId}`);
    return { found: true, saved: true, optIn: member.marketingOptIn };
  }
}

module.exports = { ProfileService, Member };
