// positive LW004: supabase-js upsert returns { error }; it is only warned about and the action reports success
"use server";

import { createClient } from "@/lib/supabase/server";

export async function updateAvatar(userId: string, avatarUrl: string) {
  const supabase = createClient();
  const { error } = await supabase.from("profiles").upsert({ id: userId, avatar_url: avatarUrl });
  if (error) {
    console.warn("avatar upsert failed", error.message);
  }
  return { success: true };
}
