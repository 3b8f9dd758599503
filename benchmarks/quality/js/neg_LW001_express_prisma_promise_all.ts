// negative LW001: both prisma writes are awaited together with Promise.all before the response
import express from "express";
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();
const router = express.Router();

router.patch("/users/:id/email", async (req, res, next) => {
  try {
    const [user] = await Promise.all([
      prisma.user.update({ where: { id: req.params.id }, data: { email: req.body.email } }),
      prisma.auditLog.create({
        data: { actorId: req.user.id, action: "user.email.changed", targetId: req.params.id },
      }),
    ]);
    res.json({ id: user.id, email: user.email });
  } catch (err) {
    next(err);
  }
});

export default router;
