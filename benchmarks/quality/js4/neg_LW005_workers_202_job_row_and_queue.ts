// negative LW005: Worker POST /exports awaits the D1 INSERT of the job row and the Queue send, then answers 202 Accepted with a status URL
export interface Env {
  DB: D1Database;
  EXPORTS: Queue<{ jobId: string; owner: string; format: string }>;
}

function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(data), { status, headers: { "content-type": "application/json", ...headers } });
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const owner = request.headers.get("x-user") ?? "anonymous";

    if (request.method === "POST" && url.pathname === "/exports") {
      const { format } = (await request.json()) as { format: "csv" | "json" };
      const jobId = crypto.randomUUID();
      await env.DB.prepare("INSERT INTO export_jobs (id, owner, format, status, created_at) VALUES (?1, ?2, ?3, 'queued', ?4)")
        .bind(jobId, owner, format, Date.now())
        .run();
      await env.EXPORTS.send({ jobId, owner, format });
      return json({ jobId, status: "queued" }, 202, { location: `/exports/${jobId}` });
    }

    if (request.method === "GET" && url.pathname.startsWith("/exports/")) {
      const job = await env.DB.prepare("SELECT id, status, result_key FROM export_jobs WHERE id = ?1 AND owner = ?2")
        .bind(url.pathname.split("/")[2], owner)
        .first();
      return job ? json(job) : json({ error: "not found" }, 404);
    }

    return json({ error: "no route" }, 404);
  },
};
