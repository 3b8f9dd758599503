// negative LW004: Stripe webhook dead-letters the event payload with the error when the Sequelize update fails, and answers 500 (so Stripe retries) if even that fails
const express = require("express");
const Stripe = require("stripe");
const { Payment, Order, FailedWebhook, sequelize } = require("../models");

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const router = express.Router();

async function markPaid(intent) {
  await sequelize.transaction(async (transaction) => {
    const payment = await Payment.findOne({ where: { stripeIntentId: intent.id }, transaction });
    if (!payment) throw new Error(`no payment for intent ${intent.id}`);
    await payment.update({ status: "succeeded", amountReceived: intent.amount_received }, { transaction });
    await Order.update({ status: "paid" }, { where: { id: payment.orderId }, transaction });
  });
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
    } catch (err) {
      console.error("payment update failed, dead-lettering", event.id, err);
      try {
        await FailedWebhook.create({ eventId: event.id, type: event.type, payload: event, error: String(err.stack) });
      } catch (dlqErr) {
        console.error("dead-letter write failed", event.id, dlqErr);
        return res.status(500).json({ retry: true });
      }
    }
  }

  res.json({ received: true });
});

module.exports = router;
