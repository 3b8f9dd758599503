// negative LW004: the Express route passes a failed Order.create to next(err), so the error middleware answers 500
import express, { type NextFunction, type Request, type Response } from "express";
import { Order } from "./models";

export const orders = express.Router();

orders.post("/", async (req: Request, res: Response, next: NextFunction) => {
  try {
    const order = await Order.create({ customerId: req.body.customerId, items: req.body.items });
    res.status(201).json({ id: order.id });
  } catch (err) {
    req.log?.error({ err }, "order insert failed");
    next(err);
  }
});
