// negative LW005: Next.js server action awaits the prisma create, revalidates, then reports success
"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";

export async function addComment(postId: string, formData: FormData) {
  const body = String(formData.get("body") ?? "").trim();
  if (!body) return { ok: false, error: "empty comment" };
  await prisma.comment.create({ data: { postId, body } });
  revalidatePath(`/posts/${postId}`);
  return { ok: true, message: "Saved" };
}
