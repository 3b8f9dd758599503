// positive LW001: a Cloudflare Worker POSTs the event to the store with fetch() and neither awaits it nor passes it to waitUntil
const STORE_URL = "https://events-store.example.com/v1/events";

function badRequest(message) {
  return new Response(JSON.stringify({ error: message }), { status: 400 });
}

export default {
  async fetch(request, env, ctx) {
    if (request.method !== "POST") return badRequest("POST only");
    const event = await request.json();
    if (!event.type) return badRequest("type required");

    fetch(STORE_URL, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${env.STORE_TOKEN}` },
      body: JSON.stringify({ ...event, receivedAt: Date.now() }),
    });

    return new Response(JSON.stringify({ accepted: true }), { status: 202 });
  },
};
