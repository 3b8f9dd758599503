// positive LW002: Worker calls sql.end() right after the handler returns; a helper it called started a write without awaiting it
import postgres from "postgres";

interface Env {
  DATABASE_URL: string;
}

async function recordImpression(sql: postgres.Sql, adId: string) {
  await sql`INSERT INTO impressions (ad_id, at) VALUES (${adId}, now())`;
}

async function serveAd(request: Request, sql: postgres.Sql): Promise<Response> {
  const zone = new URL(request.url).searchParams.get("zone") ?? "default";
  const [ad] = await sql`SELECT id, html FROM ads WHERE zone = ${zone} ORDER BY random() LIMIT 1`;
  if (!ad) return new Response("", { status: 204 });
  recordImpression(sql, ad.id);
  return new Response(ad.html, { headers: { "content-type": "text/html" } });
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const sql = postgres(env.DATABASE_URL);
    const response = await serveAd(request, sql);
    await sql.end();
    return response;
  },
};
