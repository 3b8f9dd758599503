// negative LW005: Express signup route inserts the account (awaited) before the 201; the emitted event only triggers a welcome email listener
const express = require("express");
const { EventEmitter } = require("node:events");
const { randomUUID } = require("node:crypto");
const argon2 = require("argon2");
const { pool } = require("./db");
const mailer = require("./mailer");

const bus = new EventEmitter();

bus.on("account.created", (account) => {
  mailer.sendWelcome(account.email).catch((err) => console.error("welcome mail failed", account.id, err));
});

const router = express.Router();

router.post("/signup", async (req, res, next) => {
  try {
    const { email, password, plan = "free" } = req.body;
    if (!email || !password) return res.status(400).json({ error: "email and password required" });
    const account = { id: randomUUID(), email: email.toLowerCase(), passwordHash: await argon2.hash(password), plan };
    await pool.query(
      "INSERT INTO accounts (id, email, password_hash, plan, created_at) VALUES ($1, $2, $3, $4, now())",
      [account.id, account.email, account.passwordHash, account.plan],
    );
    bus.emit("account.created", account);
    res.status(201).location(`/accounts/${account.id}`).json({ id: account.id, email: account.email });
  } catch (err) {
    next(err);
  }
});

module.exports = { router, bus };
