// positive LW001: Deno.serve webhook receiver forwards each event to the event store with a fetch POST that is neither awaited nor kept
const STORE_URL = Deno.env.get("EVENT_STORE_URL") ?? "http://localhost:8080/streams";
const STORE_TOKEN = Deno.env.get("EVENT_STORE_TOKEN") ?? "";

interface StripeLikeEvent {
  id: string;
  type: string;
  created: number;
  data: { object: Record<string, unknown> };
}

async function verifySignature(req: Request, body: string): Promise<boolean> {
  const header = req.headers.get("x-signature") ?? "";
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(Deno.env.get("WEBHOOK_SECRET") ?? ""),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(body));
  const hex = Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, "0")).join("");
  return hex === header;
}

function appendToStream(evt: StripeLikeEvent) {
  return fetch(`${STORE_URL}/${encodeURIComponent(evt.type)}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${STORE_TOKEN}` },
    body: JSON.stringify(evt),
  });
}

Deno.serve({ port: 8000 }, async (req) => {
  if (req.method !== "POST") return new Response("method not allowed", { status: 405 });
  const body = await req.text();
  if (!(await verifySignature(req, body))) return new Response("bad signature", { status: 400 });

  const evt = JSON.parse(body) as StripeLikeEvent;
  appendToStream(evt);
  return Response.json({ received: evt.id });
});
