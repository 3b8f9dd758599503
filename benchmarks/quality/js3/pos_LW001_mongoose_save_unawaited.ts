// Positive LW001: Mongoose profile sync calls doc.save() inside an async function without awaiting it.
import mongoose, { Schema, type HydratedDocument } from "mongoose";

interface Player {
  handle: string;
  rating: number;
  gamesPlayed: number;
  lastSeenAt: Date;
}

const PlayerModel = mongoose.model<Player>(
  "Player",
  new Schema<Player>({
    handle: { type: String, unique: true, required: true },
    rating: { type: Number, default: 1200 },
    gamesPlayed: { type: Number, default: 0 },
    lastSeenAt: Date,
  }),
);

function nextRating(current: number, opponent: number, score: 0 | 0.5 | 1): number {
  const expected = 1 / (1 + 10 ** ((opponent - current) / 400));
  return Math.round(current + 32 * (score - expected));
}

export async function recordResult(handle: string, opponentRating: number, score: 0 | 0.5 | 1): Promise<number> {
  const player: HydratedDocument<Player> | null = await PlayerModel.findOne({ handle });
  if (!player) throw new Error(`unknown player ${handle}`);
  player.rating = nextRating(player.rating, opponentRating, score);
  player.gamesPlayed += 1;
  player.lastSeenAt = new Date();
  player.save();
  return player.rating;
}
