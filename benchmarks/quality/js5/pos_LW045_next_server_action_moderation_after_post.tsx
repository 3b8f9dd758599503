// positive LW045: Next.js inline server action POSTs the guestbook entry to the content store, then import("@/lib/moderation").then() sets entry.moderation on the already-stored object
import { revalidatePath } from "next/cache";

const STORE = process.env.CONTENT_STORE_URL ?? "http://localhost:4000";

type Entry = { id: string; name: string; message: string; createdAt: string; moderation?: string };

async function listEntries(): Promise<Entry[]> {
  const res = await fetch(`${STORE}/guestbook`, { cache: "no-store" });
  return res.ok ? ((await res.json()) as Entry[]) : [];
}

export default async function GuestbookPage() {
  const entries = await listEntries();

  async function sign(formData: FormData) {
    "use server";
    const entry: Entry = {
      id: crypto.randomUUID(),
      name: String(formData.get("name") ?? "anonymous").slice(0, 80),
      message: String(formData.get("message") ?? "").slice(0, 1000),
      createdAt: new Date().toISOString(),
    };
    const res = await fetch(`${STORE}/guestbook`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(entry),
    });
    if (!res.ok) throw new Error(`store returned ${res.status}`);

    import("@/lib/moderation").then(({ classify }) => {
      entry.moderation = classify(entry.message);
    });

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
