// Negative LW005: Express handler awaits the Sequelize create and only then sends 201.
const express = require("express");
const { Expense } = require("../models");

const router = express.Router();

router.post("/expenses", async (req, res, next) => {
  try {
    const { employeeId, category, amount, note } = req.body;
    const expense = await Expense.create({ employeeId, category, amountCents: Math.round(Number(amount) * 100), note });
    res.status(201).json({ id: expense.id, status: "submitted" });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
