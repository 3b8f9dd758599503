// negative LW002: the background write gets its own client, closed by its own finally, and is kept alive with ctx.waitUntil
import postgres from "postgres";

interface Env {
  DATABASE_URL: string;
}

async function recordImpression(url: string, adId: string) {
  const sql = postgres(url, { max: 1 });
  try {
    await sql`INSERT INTO impressions (ad_id, at) VALUES (${adId}, now())`;
  } finally {
    await sql.end();
  }
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const sql = postgres(env.DATABASE_URL);
    try {
      const zone = new URL(request.url).searchParams.get("zone") ?? "default";
      const [ad] = await sql`SELECT id, html FROM ads WHERE zone = ${zone} ORDER BY random() LIMIT 1`;
      if (!ad) return new Response("", { status: 204 });
      ctx.waitUntil(recordImpression(env.DATABASE_URL, ad.id));
      return new Response(ad.html, { headers: { "content-type": "text/html" } });
    } finally {
      await sql.end();
    }
  },
};
