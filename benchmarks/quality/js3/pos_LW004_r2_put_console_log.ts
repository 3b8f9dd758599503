// Positive LW004: Worker upload handler logs an R2 put failure with console.log and still returns 201 with the key.
interface Env {
  UPLOADS: R2Bucket;
}

function keyFor(name: string): string {
  return `${crypto.randomUUID()}/${name.replace(/[^\w.-]/g, "_")}`;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method !== "PUT") return new Response("method not allowed", { status: 405 });
    const name = new URL(request.url).searchParams.get("name") ?? "upload.bin";
    const key = keyFor(name);
    try {
      await env.UPLOADS.put(key, request.body, {
        httpMetadata: { contentType: request.headers.get("content-type") ?? "application/octet-stream" },
      });
    } catch (e) {
      console.log("r2 put failed", key, e);
    }
    return Response.json({ key }, { status: 201 });
  },
};
