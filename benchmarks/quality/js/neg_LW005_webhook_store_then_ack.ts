// negative LW005: the webhook event is stored (awaited) before the 200 acknowledgement
import express from "express";
import Stripe from "stripe";
import { prisma } from "./db";

const stripe = new Stripe(process.env.STRIPE_KEY!);
const app = express();

app.post("/webhooks/stripe", express.raw({ type: "application/json" }), async (req, res) => {
  const event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"] as string, process.env.WH_SECRET!);
  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session;
    await prisma.payment.upsert({
      where: { sessionId: session.id },
      create: { sessionId: session.id, amount: session.amount_total ?? 0 },
      update: {},
    });
  }
  res.sendStatus(200);
});

export default app;
