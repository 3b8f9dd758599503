// Positive LW002: Worker creates postgres.js per request and ends it in finally; the click insert is neither awaited nor waitUntil'd.
import postgres from "postgres";

interface Env {
  HYPERDRIVE: Hyperdrive;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const sql = postgres(env.HYPERDRIVE.connectionString, { max: 1 });
    try {
      const code = new URL(request.url).pathname.slice(1);
      const [link] = await sql`select target from short_links where code = ${code}`;
      if (!link) return new Response("unknown link", { status: 404 });
      sql`insert into link_clicks (code, referer, at) values (${code}, ${request.headers.get("referer")}, now())`.catch(
        (err) => console.log("click not stored", err),
      );
      return Response.redirect(link.target, 302);
    } finally {
      await sql.end();
    }
  },
};
