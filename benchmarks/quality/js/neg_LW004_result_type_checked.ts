// negative LW004: the write returns an explicit failure result and the caller checks it and answers 503
import { Router } from "express";
import { prisma } from "../db";

type SaveResult = { ok: true; id: string } | { ok: false; error: string };

async function saveProfile(userId: string, displayName: string): Promise<SaveResult> {
  try {
    const p = await prisma.profile.update({ where: { userId }, data: { displayName } });
    return { ok: true, id: p.id };
  } catch (err) {
    console.error("profile update failed", err);
    return { ok: false, error: String(err) };
  }
}

export const profileRouter = Router();

profileRouter.put("/profile", async (req, res) => {
  const result = await saveProfile(req.user.id, req.body.displayName);
  if (!result.ok) {
    return res.status(503).json({ error: "profile not saved" });
  }
  res.json({ ok: true, id: result.id });
});
