// negative LW045: the bookmark's tags are awaited before insertOne, so the stored document is complete
import type { Collection } from "mongodb";

async function suggestTags(title: string): Promise<string[]> {
  const { tagger } = await import("./tagging");
  return tagger(title);
}

export async function addBookmark(bookmarks: Collection<{ url: string; title: string; tags: string[] }>, url: string, title: string) {
  const tags = await suggestTags(title);
  const { insertedId } = await bookmarks.insertOne({ url, title, tags });
  return insertedId;
}
