// Positive LW045: moderation queue writes the submission file, then a moderation promise sets the verdict on the entry afterwards.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Moderator } from "./moderator";

export interface Submission {
  id: string;
  author: string;
  text: string;
  would_have_asked: boolean;
  verdict?: "allow" | "review" | "block";
}

export class SubmissionInbox {
  constructor(private readonly dir: string, private readonly moderator: Moderator) {}

  async accept(author: string, text: string): Promise<Submission> {
    const entry: Submission = { id: crypto.randomUUID(), author, text, would_have_asked: true };
    await writeFile(path.join(this.dir, `${entry.id}.json`), JSON.stringify(entry), { flag: "wx" });
    this.moderator.classify(text).then((verdict) => {
      entry.verdict = verdict;
    });
    return entry;
  }
}
