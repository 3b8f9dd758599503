// Negative LW001: rating update starts the save, computes the leaderboard slot meanwhile, then awaits the save.
import type { HydratedDocument, Model } from "mongoose";

interface Player {
  handle: string;
  rating: number;
}

export async function applyRating(
  players: Model<Player>,
  player: HydratedDocument<Player>,
  rating: number,
): Promise<number> {
  player.rating = rating;
  const saving = player.save();
  const better = await players.countDocuments({ rating: { $gt: rating } });
  await saving;
  return better + 1;
}
