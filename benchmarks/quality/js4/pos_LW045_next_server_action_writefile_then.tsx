// positive LW045: Next.js page with an inline server action writes the submission JSON to disk, then sets submission.flagged in a loadModeration().then() callback that never rewrites the file
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { redirect } from "next/navigation";

const INBOX = process.env.SUBMISSIONS_DIR ?? "/srv/submissions";

type Submission = {
  id: string;
  name: string;
  email: string;
  message: string;
  receivedAt: string;
  flagged?: boolean;
};

function loadModeration() {
  return import("@/lib/moderation").then((m) => m.createModerator());
}

export default function ContactPage() {
  async function submit(formData: FormData) {
    "use server";
    const submission: Submission = {
      id: crypto.randomUUID(),
      name: String(formData.get("name") ?? ""),
      email: String(formData.get("email") ?? ""),
      message: String(formData.get("message") ?? ""),
      receivedAt: new Date().toISOString(),
    };
    await mkdir(INBOX, { recursive: true });
    await writeFile(path.join(INBOX, `${submission.id}.json`), JSON.stringify(submission), { flag: "wx" });

    loadModeration().then((moderator) => {
      submission.flagged = moderator.isSpam(submission.message);
    });

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
