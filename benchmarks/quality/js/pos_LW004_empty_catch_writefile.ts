// positive LW004: an empty catch swallows a failed fs/promises write of the draft
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";

export async function saveDraft(draftsDir: string, docId: string, content: string): Promise<string> {
  const file = path.join(draftsDir, `${docId}.md`);
  try {
    await mkdir(draftsDir, { recursive: true });
    await writeFile(file, content, "utf8");
  } catch {
    // ignore, the editor keeps the text in memory
  }
  return file;
}
