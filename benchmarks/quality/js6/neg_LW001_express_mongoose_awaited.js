// negative LW001: fixed form: the Mongoose lastLoginAt update is awaited before the token is issued, failures go to next(err)
const express = require("express");
const mongoose = require("mongoose");
const jwt = require("jsonwebtoken");

const accountSchema = new mongoose.Schema({
  email: { type: String, required: true, unique: true },
  plan: String,
  lastLoginAt: Date,
  loginCount: { type: Number, default: 0 },
});
const Account = mongoose.model("Account", accountSchema);

function touchLogin(accountId) {
  return Account.updateOne(
    { _id: accountId },
    { $set: { lastLoginAt: new Date() }, $inc: { loginCount: 1 } },
  ).exec();
}

const router = express.Router();

router.post("/sessions", async (req, res, next) => {
  try {
    const account = await Account.findOne({ email: req.body.email }).lean();
    if (!account) return res.status(404).json({ error: "unknown account" });
    await touchLogin(account._id);
    const token = jwt.sign({ sub: String(account._id), plan: account.plan }, process.env.JWT_SECRET);
    res.status(201).json({ token });
  } catch (err) {
    next(err);
  }
});

router.get("/me", async (req, res, next) => {
  try {
    const claims = jwt.verify(String(req.get("authorization")).replace(/^Bearer /, ""), process.env.JWT_SECRET);
    res.json(await Account.findById(claims.sub).lean());
  } catch (err) {
    next(err);
  }
});

module.exports = { router, Account };
