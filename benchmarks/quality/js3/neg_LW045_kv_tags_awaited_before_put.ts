// Negative LW045: Worker awaits the tag suggestion and stores the bookmark in KV with its tags in a single put.
interface Env {
  BOOKMARKS: KVNamespace;
  TAGGER_URL: string;
}

async function suggestTags(env: Env, url: string): Promise<string[]> {
  const res = await fetch(`${env.TAGGER_URL}/suggest?url=${encodeURIComponent(url)}`);
  return res.ok ? ((await res.json()) as string[]) : [];
}

export async function saveBookmark(env: Env, url: string, title: string) {
  const tags = await suggestTags(env, url);
  const bookmark = { id: crypto.randomUUID(), url, title, tags };
  await env.BOOKMARKS.put(`bm:${bookmark.id}`, JSON.stringify(bookmark));
  return bookmark;
}
