// Positive LW005: Express handler sends 201 first and only then awaits the Sequelize create.
const express = require("express");
const { Expense } = require("../models");

const router = express.Router();

function toCents(amount) {
  return Math.round(Number(amount) * 100);
}

router.post("/expenses", async (req, res) => {
  const { employeeId, category, amount, note } = req.body;
  const expense = Expense.build({ employeeId, category, amountCents: toCents(amount), note });
  res.status(201).json({ id: expense.id, status: "submitted" });
  await expense.save();
});

module.exports = router;
