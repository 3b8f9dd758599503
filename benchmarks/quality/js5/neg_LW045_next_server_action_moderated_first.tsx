// negative LW045: Next.js inline server action classifies the message with a statically imported moderation function before the POST, so the stored entry carries its verdict
import { revalidatePath } from "next/cache";
import { classify } from "@/lib/moderation";

const STORE = process.env.CONTENT_STORE_URL ?? "http://localhost:4000";

type Entry = { id: string; name: string; message: string; createdAt: string; moderation: string };

export default async function GuestbookPage() {
  const res = await fetch(`${STORE}/guestbook?moderation=ok`, { cache: "no-store" });
  const entries = res.ok ? ((await res.json()) as Entry[]) : [];

  async function sign(formData: FormData) {
    "use server";
    const message = String(formData.get("message") ?? "").slice(0, 1000);
    const entry: Entry = {
      id: crypto.randomUUID(),
      name: String(formData.get("name") ?? "anonymous").slice(0, 80),
      message,
      createdAt: new Date().toISOString(),
      moderation: classify(message),
    };
    const stored = await fetch(`${STORE}/guestbook`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(entry),
    });
    if (!stored.ok) throw new Error(`store returned ${stored.status}`);
    revalidatePath("/guestbook");
  }

  return (
    <main>
      <form action={sign}>
        <input name="name" placeholder="Your name" />
        <textarea name="message" required />
        <button type="submit">Sign</button>
      </form>
      <ul>
        {entries.map((e) => (
          <li key={e.id}>
            <strong>{e.name}</strong>: {e.message}
          </li>
        ))}
      </ul>
    </main>
  );
}
