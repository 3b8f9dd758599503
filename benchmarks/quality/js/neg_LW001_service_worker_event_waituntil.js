// negative LW001: service-worker style handler passes the KV write to event.waitUntil
async function logRequest(request) {
  const entry = { url: request.url, at: Date.now(), ua: request.headers.get("user-agent") };
  await REQUEST_LOG.put(`req:${entry.at}:${crypto.randomUUID()}`, JSON.stringify(entry), {
    expirationTtl: 86400,
  });
}

async function handle(request) {
  return fetch(request);
}

addEventListener("fetch", (event) => {
  event.waitUntil(logRequest(event.request));
  event.respondWith(handle(event.request));
});
