// Negative LW045: moderation verdict is awaited first; the submission file is written once, already carrying it.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Moderator } from "./moderator";

export class SubmissionInbox {
  constructor(private readonly dir: string, private readonly moderator: Moderator) {}

  async accept(author: string, text: string) {
    const verdict = await this.moderator.classify(text);
    const entry = { id: crypto.randomUUID(), author, text, would_have_asked: true, verdict };
    await writeFile(path.join(this.dir, `${entry.id}.json`), JSON.stringify(entry), { flag: "wx" });
    return entry;
  }
}
