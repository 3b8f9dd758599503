// Negative LW002: Worker chains sql.end() after the click insert inside ctx.waitUntil, so the client closes only when done.
import postgres from "postgres";

interface Env {
  HYPERDRIVE: Hyperdrive;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const sql = postgres(env.HYPERDRIVE.connectionString, { max: 1 });
    const code = new URL(request.url).pathname.slice(1);
    const [link] = await sql`select target from short_links where code = ${code}`;
    if (!link) {
      ctx.waitUntil(sql.end());
      return new Response("unknown link", { status: 404 });
    }
    const recordClick = sql`insert into link_clicks (code, at) values (${code}, now())`.finally(() => sql.end());
    ctx.waitUntil(recordClick);
    return Response.redirect(link.target, 302);
  },
};
