// positive LW005: Next.js server action defers the feedback insert to after() and redirects to the "thanks, saved" page before it is stored
import { after } from "next/server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { feedback } from "@/lib/schema";
import { auth } from "@/lib/auth";

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
  after(async () => {
    await db.insert(feedback).values(entry);
  });
  redirect(`/feedback/${entry.id}?saved=1`);
}

export default function FeedbackPage() {
  return (
    <form action={submitFeedback} className="space-y-4">
      <select name="rating" defaultValue="5">
        {[1, 2, 3, 4, 5].map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
      <textarea name="comment" rows={4} />
      <button type="submit">Send</button>
    </form>
  );
}
