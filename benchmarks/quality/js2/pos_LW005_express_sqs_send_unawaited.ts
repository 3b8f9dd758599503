// positive LW005: an Express route sends the upload record to SQS without awaiting the send (no broker confirmation) and answers 201
import { SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import express from "express";
import { randomUUID } from "node:crypto";

const sqs = new SQSClient({});
const QUEUE_URL = process.env.UPLOADS_QUEUE_URL!;
export const uploads = express.Router();

uploads.post("/uploads", (req, res) => {
  const record = { id: randomUUID(), key: req.body.key, size: req.body.size };
  sqs
    .send(new SendMessageCommand({ QueueUrl: QUEUE_URL, MessageBody: JSON.stringify(record) }))
    .catch((err) => console.error("enqueue failed", err));
  res.status(201).json({ id: record.id });
});
