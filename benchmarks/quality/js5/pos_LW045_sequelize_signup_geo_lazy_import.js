// positive LW045: Express signup creates the Sequelize Account row, then import("geoip-lite").then() sets account.country with set() and never saves it
const express = require("express");
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
    const account = await Account.create({ email: req.body.email, plan: req.body.plan || "free", signupIp: req.ip });

    import("geoip-lite").then(({ default: geoip }) => {
      const hit = geoip.lookup(account.signupIp);
      account.set("country", hit ? hit.country : "unknown");
    });

    res.status(201).json({ id: account.id, email: account.email });
  } catch (err) {
    next(err);
  }
});

router.get("/accounts/by-country/:cc", async (req, res) => {
  res.json(await Account.findAll({ where: { country: req.params.cc }, limit: 100 }));
});

module.exports = router;
