// negative LW045: Express signup resolves the country with a geoip lookup loaded at startup before Account.create; the .then() after the commit only writes a log line
const express = require("express");
const geoip = require("geoip-lite");
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
    Promise.resolve(account.id).then((id) => req.log.info({ id, country: account.country }, "account created"));
    res.status(201).json({ id: account.id, email: account.email, country: account.country });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
