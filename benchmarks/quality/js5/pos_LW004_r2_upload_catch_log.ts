// positive LW004: Workers upload endpoint catches a failed R2 put, console.logs it and still answers 201 with the object key
interface Env {
  UPLOADS: R2Bucket;
  META: KVNamespace;
}

const MAX_BYTES = 25 * 1024 * 1024;

async function sha256Hex(buf: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", buf);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === "GET" && url.pathname.startsWith("/files/")) {
      const obj = await env.UPLOADS.get(url.pathname.slice("/files/".length));
      return obj ? new Response(obj.body, { headers: { etag: obj.httpEtag } }) : new Response("not found", { status: 404 });
    }
    if (request.method !== "PUT") return new Response("method not allowed", { status: 405 });

    const body = await request.arrayBuffer();
    if (body.byteLength > MAX_BYTES) return new Response("too large", { status: 413 });
    const key = `${await sha256Hex(body)}/${url.searchParams.get("name") ?? "upload.bin"}`;

    try {
      await env.UPLOADS.put(key, body, {
        httpMetadata: { contentType: request.headers.get("content-type") ?? "application/octet-stream" },
      });
    } catch (err) {
      console.log("r2 put failed", key, err);
    }

    return Response.json({ key, bytes: body.byteLength }, { status: 201 });
  },
} satisfies ExportedHandler<Env>;
