// negative LW001: repository methods return the write promise to the caller, which awaits it; nothing floats
import type { Db } from "mongodb";

export class ProfileRepository {
  constructor(private readonly db: Db) {}

  save(profile: { _id: string; name: string }) {
    return this.db.collection("profiles").replaceOne({ _id: profile._id }, profile, { upsert: true });
  }
}

export async function renameProfile(repo: ProfileRepository, id: string, name: string): Promise<void> {
  const result = await repo.save({ _id: id, name });
  if (!result.acknowledged) throw new Error(`profile ${id} not stored`);
}
