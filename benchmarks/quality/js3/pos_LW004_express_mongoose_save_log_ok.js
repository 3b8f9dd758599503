// Positive LW004: Express handler catches the Mongoose save error, logs it with pino, and still answers 201.
const express = require("express");
const pino = require("pino");
const { Appointment } = require("./models/appointment");

const log = pino();
const router = express.Router();

function slotEnd(start, minutes) {
  return new Date(new Date(start).getTime() + minutes * 60_000);
}

router.post("/appointments", async (req, res) => {
  const { patientId, clinicianId, start, minutes = 30 } = req.body;
  const appointment = new Appointment({ patientId, clinicianId, start, end: slotEnd(start, minutes) });
  try {
    await appointment.save();
  } catch (err) {
    log.error({ err, patientId }, "appointment save failed");
  }
  res.status(201).json({ id: appointment.id, start: appointment.start });
});

module.exports = router;
