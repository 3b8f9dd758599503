// negative LW045: the classifier module is imported lazily but awaited before the record is written to KV, with the verdict in it
type Env = { RECORDS: KVNamespace };

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { text } = (await request.json()) as { text: string };
    const { classifier } = await import("./classifier");
    const record = { id: crypto.randomUUID(), text, would_have_asked: true, verdict: classifier(text) };
    await env.RECORDS.put(record.id, JSON.stringify(record));
    return Response.json({ id: record.id }, { status: 201 });
  },
};
