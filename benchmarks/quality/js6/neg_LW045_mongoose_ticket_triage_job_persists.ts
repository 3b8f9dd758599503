// negative LW045: ticket triage runs later in a BullMQ job that persists priority and team with an awaited updateOne; the intake route does not mutate the stored document
import express from "express";
import mongoose, { Schema } from "mongoose";
import { Queue, Worker } from "bullmq";
import { classifyTicket } from "./triage";

const Ticket = mongoose.model(
  "Ticket",
  new Schema({
    subject: String,
    body: String,
    customerId: String,
    priority: { type: String, enum: ["low", "normal", "urgent"] },
    team: String,
  }),
);

const connection = { host: process.env.REDIS_HOST, port: 6379 };
const triageQueue = new Queue("ticket-triage", { connection });

export const tickets = express.Router();

tickets.post("/", async (req, res, next) => {
  try {
    const ticket = await Ticket.create({ subject: req.body.subject, body: req.body.body, customerId: req.body.customerId });
    await triageQueue.add("triage", { ticketId: ticket.id }, { attempts: 5, backoff: { type: "exponential", delay: 1000 } });
    res.status(201).json({ id: ticket.id });
  } catch (err) {
    next(err);
  }
});

export const triageWorker = new Worker(
  "ticket-triage",
  async (job) => {
    const ticket = await Ticket.findById(job.data.ticketId).lean();
    if (!ticket) return;
    const triage = classifyTicket(ticket.subject ?? "", ticket.body ?? "");
    await Ticket.updateOne({ _id: ticket._id }, { $set: { priority: triage.priority, team: triage.team } });
  },
  { connection },
);
