// negative LW005: Express awaits both inserts with Promise.all before answering 201
const express = require("express");
const { pool } = require("./db");

const app = express();
app.use(express.json());

app.post("/bookings", async (req, res, next) => {
  const id = require("crypto").randomUUID();
  try {
    await Promise.all([
      pool.query("INSERT INTO bookings (id, room, date_from, date_to) VALUES ($1, $2, $3, $4)", [id, req.body.room, req.body.from, req.body.to]),
      pool.query("INSERT INTO booking_audit (booking_id, actor) VALUES ($1, $2)", [id, req.user.id]),
    ]);
    res.status(201).json({ id, confirmed: true });
  } catch (err) {
    next(err);
  }
});

module.exports = app;
