// negative LW045: Next.js inline server action awaits the moderator and sets submission.flagged before writing the submission JSON to disk
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { redirect } from "next/navigation";
import { createModerator } from "@/lib/moderation";

const INBOX = process.env.SUBMISSIONS_DIR ?? "/srv/submissions";
const moderator = createModerator();

export default function ContactPage() {
  async function submit(formData: FormData) {
    "use server";
    const message = String(formData.get("message") ?? "");
    const submission = {
      id: crypto.randomUUID(),
      name: String(formData.get("name") ?? ""),
      email: String(formData.get("email") ?? ""),
      message,
      receivedAt: new Date().toISOString(),
      flagged: moderator.isSpam(message),
    };
    await mkdir(INBOX, { recursive: true });
    await writeFile(path.join(INBOX, `${submission.id}.json`), JSON.stringify(submission), { flag: "wx" });
    redirect(`/contact/thanks?ref=${submission.id}`);
  }

  return (
    <form action={submit}>
      <input name="name" required />
      <input name="email" type="email" required />
      <textarea name="message" required />
      <button type="submit">Send</button>
    </form>
  );
}
