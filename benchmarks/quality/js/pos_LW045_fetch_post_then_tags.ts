// positive LW045: the document is POSTed to the store, then a lazily loaded tagger assigns doc.tags in a .then() callback
type Doc = { id: string; title: string; body: string; tags?: string[] };

export async function publishDoc(storeUrl: string, doc: Doc): Promise<string> {
  const res = await fetch(`${storeUrl}/docs`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(doc),
  });
  if (!res.ok) throw new Error(`store rejected doc: ${res.status}`);

  import("./tagger").then(({ suggestTags }) => {
    doc.tags = suggestTags(doc.title, doc.body);
  });

  return doc.id;
}
