// positive LW004: a PUT to the document store fails inside try and is only logged at info; the function still reports success
import { logger } from "./logger";

export async function syncNote(apiBase: string, token: string, note: { id: string; text: string }): Promise<boolean> {
  try {
    const res = await fetch(`${apiBase}/notes/${note.id}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(note),
    });
    if (!res.ok) throw new Error(`sync failed with ${res.status}`);
  } catch (err) {
    logger.info("note sync failed", { id: note.id, err: String(err) });
  }
  return true;
}
