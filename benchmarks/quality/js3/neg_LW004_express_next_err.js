// Negative LW004: Express handler passes the Mongoose save error to next(), so the client gets an error response.
const express = require("express");
const { Appointment } = require("./models/appointment");

const router = express.Router();

router.post("/appointments", async (req, res, next) => {
  const { patientId, clinicianId, start } = req.body;
  try {
    const appointment = await Appointment.create({ patientId, clinicianId, start });
    res.status(201).json({ id: appointment.id });
  } catch (err) {
    req.log?.error({ err, patientId }, "appointment save failed");
    next(err);
  }
});

router.use((err, req, res, _next) => {
  res.status(500).json({ error: "could not save appointment" });
});

module.exports = router;
