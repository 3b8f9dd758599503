// positive LW045: after the Mongo insert a setTimeout callback computes doc.tags on the in-memory document; nothing saves it
import type { Collection } from "mongodb";
import { suggestTags } from "./tagging";

interface Bookmark {
  url: string;
  title: string;
  tags?: string[];
}

export async function addBookmark(bookmarks: Collection<Bookmark>, url: string, title: string) {
  const doc: Bookmark = { url, title };
  const { insertedId } = await bookmarks.insertOne(doc);
  setTimeout(() => {
    doc.tags = suggestTags(title);
  }, 0);
  return insertedId;
}
