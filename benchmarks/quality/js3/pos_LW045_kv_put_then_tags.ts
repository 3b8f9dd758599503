// Positive LW045: Worker stores the bookmark in KV, then attaches tags from the tagging service in a .then() callback.
interface Env {
  BOOKMARKS: KVNamespace;
  TAGGER_URL: string;
}

interface Bookmark {
  id: string;
  url: string;
  title: string;
  tags?: string[];
}

async function suggestTags(env: Env, url: string): Promise<string[]> {
  const res = await fetch(`${env.TAGGER_URL}/suggest?url=${encodeURIComponent(url)}`);
  return res.ok ? ((await res.json()) as string[]) : [];
}

export async function saveBookmark(env: Env, url: string, title: string): Promise<Bookmark> {
  const bookmark: Bookmark = { id: crypto.randomUUID(), url, title };
  await env.BOOKMARKS.put(`bm:${bookmark.id}`, JSON.stringify(bookmark));
  suggestTags(env, url).then((tags) => {
    bookmark.tags = tags;
  });
  return bookmark;
}
