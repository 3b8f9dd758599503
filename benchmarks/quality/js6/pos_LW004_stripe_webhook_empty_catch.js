// positive LW004: Stripe webhook handler swallows the Sequelize payment update in an empty catch and answers 200, so Stripe never retries the lost event
const express = require("express");
const Stripe = require("stripe");
const { Payment, Order } = require("../models");

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const router = express.Router();

async function markPaid(intent) {
  const payment = await Payment.findOne({ where: { stripeIntentId: intent.id } });
  if (!payment) return;
  await payment.update({ status: "succeeded", amountReceived: intent.amount_received, paidAt: new Date() });
  await Order.update({ status: "paid" }, { where: { id: payment.orderId } });
}

router.post("/webhooks/stripe", express.raw({ type: "application/json" }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.get("stripe-signature"), process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return res.status(400).send(`signature: ${err.message}`);
  }

  if (event.type === "payment_intent.succeeded") {
    try {
      await markPaid(event.data.object);
    } catch {}
  }

  res.json({ received: true });
});

module.exports = router;
