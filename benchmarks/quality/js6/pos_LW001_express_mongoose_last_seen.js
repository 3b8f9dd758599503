// positive LW001: Express auth middleware starts a Mongoose updateOne(...).exec() for lastLoginAt and moves on without awaiting it
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

function authenticate(req, res, next) {
  const header = req.get("authorization") || "";
  const token = header.replace(/^Bearer /, "");
  try {
    req.account = jwt.verify(token, process.env.JWT_SECRET);
  } catch {
    return res.status(401).json({ error: "invalid token" });
  }
  next();
}

const router = express.Router();

router.post("/sessions", async (req, res, next) => {
  try {
    const account = await Account.findOne({ email: req.body.email }).lean();
    if (!account) return res.status(404).json({ error: "unknown account" });
    // floating write: nothing awaits it, keeps it, or reports its failure
    touchLogin(account._id);
    const token = jwt.sign({ sub: String(account._id), plan: account.plan }, process.env.JWT_SECRET);
    res.status(201).json({ token });
  } catch (err) {
    next(err);
  }
});

router.get("/me", authenticate, async (req, res, next) => {
  try {
    const account = await Account.findById(req.account.sub).lean();
    res.json(account);
  } catch (err) {
    next(err);
  }
});

module.exports = { router, Account };
