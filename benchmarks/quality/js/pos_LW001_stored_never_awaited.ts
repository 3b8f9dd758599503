// positive LW001: the Mongoose save() promise is stored in a variable that is never awaited, returned or handled
import type { Request, Response } from "express";
import { Bookmark } from "./models";

export async function addBookmark(req: Request, res: Response) {
  const bookmark = new Bookmark({ userId: req.user.id, url: req.body.url, title: req.body.title });
  const saving = bookmark.save();
  res.status(200).json({ id: bookmark.id, url: bookmark.url });
}
