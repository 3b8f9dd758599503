// positive LW002: Express route opens a pg Client per request and ends it in finally, while the login-attempt insert it started is still pending
const express = require("express");
const { Client } = require("pg");
const bcrypt = require("bcryptjs");

const router = express.Router();

function connect() {
  const client = new Client({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });
  return client.connect().then(() => client);
}

function recordAttempt(db, email, ok, ip) {
  return db.query("INSERT INTO login_attempts (email, succeeded, ip, at) VALUES ($1, $2, $3, now())", [
    email,
    ok,
    ip,
  ]);
}

router.post("/login", async (req, res, next) => {
  const { email, password } = req.body;
  let db;
  try {
    db = await connect();
    const { rows } = await db.query("SELECT id, password_hash FROM users WHERE email = $1", [email]);
    const ok = rows.length === 1 && (await bcrypt.compare(password, rows[0].password_hash));
    recordAttempt(db, email, ok, req.ip).catch(() => {});
    if (!ok) return res.status(401).json({ error: "invalid credentials" });
    req.session.userId = rows[0].id;
    res.json({ id: rows[0].id });
  } catch (err) {
    next(err);
  } finally {
    if (db) await db.end();
  }
});

module.exports = router;
