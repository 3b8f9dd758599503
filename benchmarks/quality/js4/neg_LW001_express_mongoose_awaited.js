// negative LW001: Express login route, User.updateOne for the login bookkeeping is awaited and a failure goes to next(err)
const express = require("express");
const bcrypt = require("bcryptjs");
const jwt = require("jsonwebtoken");
const { User } = require("../models/user");

const router = express.Router();

function issueToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: "12h" });
}

router.post("/login", async (req, res, next) => {
  try {
    const { email, password } = req.body;
    const user = await User.findOne({ email: email.toLowerCase() }).select("+passwordHash");
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      return res.status(401).json({ error: "invalid credentials" });
    }

    await User.updateOne(
      { _id: user._id },
      { $set: { lastLoginAt: new Date(), lastLoginIp: req.ip }, $inc: { loginCount: 1 } },
    );

    res.json({ token: issueToken(user) });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
