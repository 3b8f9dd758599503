// negative LW045: the lazily imported tagger runs in a .then() that is awaited BEFORE the document is POSTed
type Doc = { id: string; title: string; body: string; tags?: string[] };

export async function publishDoc(storeUrl: string, doc: Doc): Promise<string> {
  const enriched = await import("./tagger").then(({ suggestTags }) => {
    doc.tags = suggestTags(doc.title, doc.body);
    return doc;
  });
  const res = await fetch(`${storeUrl}/docs`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(enriched),
  });
  if (!res.ok) throw new Error(`store rejected doc: ${res.status}`);
  return doc.id;
}
