// negative LW005: the route awaits the SQS send (the broker's acknowledgement) and answers 202 Accepted with a status URL
import { SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import express from "express";
import { randomUUID } from "node:crypto";

const sqs = new SQSClient({});
const QUEUE_URL = process.env.UPLOADS_QUEUE_URL!;
export const uploads = express.Router();

uploads.post("/uploads", async (req, res, next) => {
  try {
    const record = { id: randomUUID(), key: req.body.key, size: req.body.size };
    const sent = await sqs.send(new SendMessageCommand({ QueueUrl: QUEUE_URL, MessageBody: JSON.stringify(record) }));
    res.status(202).json({ id: record.id, messageId: sent.MessageId, statusUrl: `/uploads/${record.id}` });
  } catch (err) {
    next(err);
  }
});
