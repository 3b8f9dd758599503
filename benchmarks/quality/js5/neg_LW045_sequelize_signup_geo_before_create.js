// negative LW045: Express signup resolves the country with a geoip lookup loaded at startup before Account.create; the .then() after the commit only follows a welcome e-mail and never touches the row
const express = require("express");
const geoip = require("geoip-lite");
const mailer = require("./mailer");
const { Sequelize, DataTypes } = require("sequelize");

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const Account = sequelize.define("Account", {
  email: { type: DataTypes.STRING, unique: true },
  plan: DataTypes.STRING,
  signupIp: DataTypes.STRING,
  country: DataTypes.STRING,
});

const router = express.Router();

router.post("/accounts", async (req, res, next) => {
  try {
    const hit = geoip.lookup(req.ip);
    const account = await Account.create({
      email: req.body.email,
      plan: req.body.plan || "free",
      signupIp: req.ip,
      country: hit ? hit.country : "unknown",
    });
    mailer
      .sendWelcome(account.email, { country: account.country })
      .then(() => req.log.info({ id: account.id }, "welcome mail sent"))
      .catch((err) => req.log.error({ err, id: account.id }, "welcome mail failed"));
    res.status(201).json({ id: account.id, email: account.email, country: account.country });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
