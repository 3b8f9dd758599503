// negative LW004: Express checkout route passes an Order.create failure to next(err), so the error middleware answers 500 and the cart is kept
const express = require("express");
const { Order, OrderLine } = require("../models");
const { priceCart } = require("../pricing");

const router = express.Router();

router.post("/orders", async (req, res, next) => {
  const cart = req.session.cart || [];
  if (cart.length === 0) return res.status(400).json({ error: "cart is empty" });

  const priced = await priceCart(cart);
  const number = `ORD-${Date.now().toString(36).toUpperCase()}`;

  try {
    await Order.create(
      {
        number,
        customerId: req.user.id,
        totalCents: priced.totalCents,
        lines: priced.lines.map((l) => ({ sku: l.sku, qty: l.qty, unitCents: l.unitCents })),
      },
      { include: [OrderLine] },
    );
  } catch (err) {
    req.log.error({ err, number }, "order insert failed");
    return next(err);
  }

  req.session.cart = [];
  res.status(201).json({ number, totalCents: priced.totalCents });
});

router.use((err, req, res, _next) => {
  res.status(500).json({ error: "could not place the order, please retry" });
});

module.exports = router;
