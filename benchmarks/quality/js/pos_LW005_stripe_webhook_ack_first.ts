// positive LW005: webhook handler acknowledges with 200 before the event it carries has been stored
import express from "express";
import Stripe from "stripe";
import { prisma } from "./db";

const stripe = new Stripe(process.env.STRIPE_KEY!);
const app = express();

app.post("/webhooks/stripe", express.raw({ type: "application/json" }), async (req, res) => {
  const event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"] as string, process.env.WH_SECRET!);
  res.sendStatus(200);
  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session;
    await prisma.payment.create({ data: { sessionId: session.id, amount: session.amount_total ?? 0 } });
  }
});

export default app;
