// negative LW004: an Express orders module where every caught write failure is rethrown, answered with 5xx, or dead-lettered
import { Router, type NextFunction, type Request, type Response } from "express";
import { Prisma, PrismaClient } from "@prisma/client";
import pino from "pino";

const prisma = new PrismaClient();
const logger = pino();
export const orders = Router();

class OrderConflict extends Error {}

async function createOrder(customerId: string, items: { sku: string; qty: number }[]) {
  try {
    return await prisma.order.create({
      data: { customerId, items: { create: items } },
      include: { items: true },
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      throw new OrderConflict("duplicate order");
    }
    logger.error({ err, customerId }, "order insert failed");
    throw err;
  }
}

orders.post("/", async (req: Request, res: Response, next: NextFunction) => {
  try {
    const order = await createOrder(req.user.id, req.body.items);
    res.status(201).json(order);
  } catch (err) {
    if (err instanceof OrderConflict) return res.status(409).json({ error: err.message });
    next(err);
  }
});

orders.post("/:id/cancel", async (req, res) => {
  try {
    await prisma.order.update({ where: { id: req.params.id }, data: { status: "cancelled" } });
  } catch (err) {
    logger.error({ err, orderId: req.params.id }, "cancel failed");
    return res.status(503).json({ error: "order not cancelled, try again" });
  }
  res.json({ id: req.params.id, status: "cancelled" });
});

orders.post("/:id/notes", async (req, res, next) => {
  const note = { orderId: req.params.id, body: String(req.body.body ?? "") };
  try {
    await prisma.orderNote.create({ data: note });
    res.status(201).json(note);
  } catch (err) {
    logger.error({ err, orderId: note.orderId }, "note insert failed, dead-lettering");
    await prisma.deadLetter
      .create({ data: { kind: "order-note", payload: JSON.stringify(note), error: String(err) } })
      .catch(next);
    res.status(202).json({ status: "queued-for-retry" });
  }
});
