// positive LW005: Next.js server action defers the insert with @vercel/functions waitUntil and returns "Saved"
"use server";

import { waitUntil } from "@vercel/functions";
import { db } from "@/lib/db";
import { addresses } from "@/lib/schema";

export async function saveAddress(formData: FormData) {
  const address = {
    userId: String(formData.get("userId")),
    line1: String(formData.get("line1")),
    city: String(formData.get("city")),
    zip: String(formData.get("zip")),
  };
  waitUntil(db.insert(addresses).values(address));
  return { ok: true, message: "Saved" };
}
