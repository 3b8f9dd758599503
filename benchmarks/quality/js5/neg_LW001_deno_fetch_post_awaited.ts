// negative LW001: Deno.serve webhook receiver awaits the fetch POST to the event store and checks the status; the un-awaited fetch is a GET that only warms a CDN
const STORE_URL = Deno.env.get("EVENT_STORE_URL") ?? "http://localhost:8080/streams";
const STORE_TOKEN = Deno.env.get("EVENT_STORE_TOKEN") ?? "";
const CDN_PREVIEW = Deno.env.get("CDN_PREVIEW_URL") ?? "https://cdn.example.com/preview";

interface StripeLikeEvent {
  id: string;
  type: string;
  created: number;
  data: { object: Record<string, unknown> };
}

async function appendToStream(evt: StripeLikeEvent): Promise<void> {
  const res = await fetch(`${STORE_URL}/${encodeURIComponent(evt.type)}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${STORE_TOKEN}` },
    body: JSON.stringify(evt),
  });
  if (!res.ok) {
    throw new Error(`event store answered ${res.status} for ${evt.id}`);
  }
}

function warmPreview(evt: StripeLikeEvent): void {
  // a cache warm-up GET: losing it costs one slow page load, nothing is stored
  fetch(`${CDN_PREVIEW}/${evt.id}`, { method: "GET" }).then((r) => r.body?.cancel(), () => {});
}

Deno.serve({ port: 8000 }, async (req) => {
  if (req.method !== "POST") return new Response("method not allowed", { status: 405 });
  const evt = (await req.json()) as StripeLikeEvent;
  try {
    await appendToStream(evt);
  } catch (err) {
    console.error("append failed", evt.id, err);
    return new Response("store unavailable", { status: 503 });
  }
  warmPreview(evt);
  return Response.json({ received: evt.id });
});
