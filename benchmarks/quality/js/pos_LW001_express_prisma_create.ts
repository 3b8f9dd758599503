// positive LW001: Express handler starts prisma.auditLog.create() and answers without awaiting it
import express from "express";
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();
const router = express.Router();

router.patch("/users/:id/email", async (req, res) => {
  const user = await prisma.user.update({
    where: { id: req.params.id },
    data: { email: req.body.email },
  });

  prisma.auditLog.create({
    data: { actorId: req.user.id, action: "user.email.changed", targetId: user.id },
  });

  res.json({ id: user.id, email: user.email });
});

export default router;
