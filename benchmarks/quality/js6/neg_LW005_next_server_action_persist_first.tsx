// negative LW005: Next.js server action awaits the feedback insert before redirecting; after() only sends an analytics ping that stores nothing of the request
import { after } from "next/server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { feedback } from "@/lib/schema";
import { auth } from "@/lib/auth";
import { track } from "@/lib/analytics";

async function submitFeedback(formData: FormData) {
  "use server";
  const session = await auth();
  const entry = {
    id: crypto.randomUUID(),
    userId: session?.user?.id ?? null,
    rating: Number(formData.get("rating")),
    comment: String(formData.get("comment") ?? ""),
    createdAt: new Date(),
  };
  await db.insert(feedback).values(entry);
  revalidatePath("/feedback");
  after(() => track("feedback_submitted", { rating: entry.rating }));
  redirect(`/feedback/${entry.id}?saved=1`);
}

export default function FeedbackPage() {
  return (
    <form action={submitFeedback}>
      <input type="number" name="rating" min={1} max={5} defaultValue={5} />
      <textarea name="comment" rows={4} />
      <button type="submit">Send</button>
    </form>
  );
}
