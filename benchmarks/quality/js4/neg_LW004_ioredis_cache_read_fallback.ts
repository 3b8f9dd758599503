// negative LW004: the swallowed ioredis error is on a cache READ (fallback to Postgres); the write path awaits its store calls with no catch
import Redis from "ioredis";
import postgres from "postgres";

const sql = postgres(process.env.DATABASE_URL as string);
const cache = new Redis(process.env.REDIS_URL as string);

export type Profile = { id: string; displayName: string; avatarUrl: string | null };

export async function getProfile(id: string): Promise<Profile | null> {
  try {
    const hit = await cache.get(`profile:${id}`);
    if (hit) return JSON.parse(hit) as Profile;
  } catch (err) {
    console.warn("profile cache unavailable, reading from db", err);
  }
  const rows = await sql`SELECT id, display_name AS "displayName", avatar_url AS "avatarUrl" FROM profiles WHERE id = ${id}`;
  return (rows[0] as Profile | undefined) ?? null;
}

export async function updateProfile(id: string, displayName: string): Promise<void> {
  await sql`UPDATE profiles SET display_name = ${displayName}, updated_at = now() WHERE id = ${id}`;
  await cache.del(`profile:${id}`);
}
