// Negative LW004: Worker upload handler answers 502 when the R2 put fails, so the client knows it was not stored.
interface Env {
  UPLOADS: R2Bucket;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const key = `${crypto.randomUUID()}/${new URL(request.url).searchParams.get("name") ?? "upload.bin"}`;
    try {
      await env.UPLOADS.put(key, request.body);
    } catch (e) {
      console.error("r2 put failed", { key, error: String(e) });
      return Response.json({ error: "storage unavailable, retry" }, { status: 502 });
    }
    return Response.json({ key }, { status: 201 });
  },
};
