// negative LW004: Workers upload endpoint, the only swallowed error is a best-effort KV quota read with a default; the R2 put failure propagates as a 502
interface Env {
  UPLOADS: R2Bucket;
  QUOTAS: KVNamespace;
}

const DEFAULT_QUOTA = 25 * 1024 * 1024;

async function quotaFor(env: Env, tenant: string): Promise<number> {
  try {
    const raw = await env.QUOTAS.get(`quota:${tenant}`);
    return raw ? Number(raw) : DEFAULT_QUOTA;
  } catch (err) {
    console.warn("quota lookup failed, using default", tenant, err);
    return DEFAULT_QUOTA;
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method !== "PUT") return new Response("method not allowed", { status: 405 });
    const tenant = request.headers.get("x-tenant") ?? "anonymous";
    const body = await request.arrayBuffer();
    if (body.byteLength > (await quotaFor(env, tenant))) return new Response("too large", { status: 413 });

    const key = `${tenant}/${crypto.randomUUID()}`;
    try {
      await env.UPLOADS.put(key, body);
    } catch (err) {
      console.error("r2 put failed", { key, err: String(err) });
      return Response.json({ error: "storage unavailable" }, { status: 502 });
    }
    return Response.json({ key, bytes: body.byteLength }, { status: 201 });
  },
} satisfies ExportedHandler<Env>;
