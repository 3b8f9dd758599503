// positive LW004: Express handler catches the prisma update failure, logs it, and still answers { ok: true }
import { Router } from "express";
import { prisma } from "../db";

export const profileRouter = Router();

profileRouter.put("/profile", async (req, res) => {
  const { displayName, bio } = req.body;
  try {
    await prisma.profile.update({
      where: { userId: req.user.id },
      data: { displayName, bio },
    });
  } catch (err) {
    console.error("profile update failed", err);
  }
  res.json({ ok: true });
});
