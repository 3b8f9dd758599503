// positive LW005: Express sends 201 first and only then awaits the insert of that request's data
const express = require("express");
const { pool } = require("./db");

const app = express();
app.use(express.json());

app.post("/bookings", async (req, res) => {
  const booking = { id: require("crypto").randomUUID(), room: req.body.room, from: req.body.from, to: req.body.to };
  res.status(201).json({ id: booking.id, confirmed: true });
  await pool.query("INSERT INTO bookings (id, room, date_from, date_to) VALUES ($1, $2, $3, $4)", [
    booking.id,
    booking.room,
    booking.from,
    booking.to,
  ]);
});

module.exports = app;
