// positive LW045: Express ticket intake creates the Mongoose document, then a setTimeout callback assigns ticket.priority and ticket.team on the in-memory document without saving it
import express from "express";
import mongoose, { Schema } from "mongoose";
import { classifyTicket } from "./triage";

const Ticket = mongoose.model(
  "Ticket",
  new Schema({
    subject: String,
    body: String,
    customerId: String,
    priority: { type: String, enum: ["low", "normal", "urgent"] },
    team: String,
    createdAt: { type: Date, default: Date.now },
  }),
);

export const tickets = express.Router();

tickets.post("/", async (req, res, next) => {
  try {
    const ticket = await Ticket.create({
      subject: req.body.subject,
      body: req.body.body,
      customerId: req.body.customerId,
    });

    setTimeout(() => {
      const triage = classifyTicket(ticket.subject ?? "", ticket.body ?? "");
      ticket.priority = triage.priority;
      ticket.team = triage.team;
    }, 0);

    res.status(201).json({ id: ticket.id });
  } catch (err) {
    next(err);
  }
});

tickets.get("/:id", async (req, res, next) => {
  try {
    res.json(await Ticket.findById(req.params.id).lean());
  } catch (err) {
    next(err);
  }
});
