// positive LW002: SvelteKit handle hook creates a postgres.js client per request, fires the request-log insert without awaiting it and calls sql.end() in finally
import type { Handle } from "@sveltejs/kit";
import postgres from "postgres";
import { env } from "$env/dynamic/private";

function logRequest(sql: postgres.Sql, path: string, status: number, userId: string | null) {
  return sql`
    insert into request_log (path, status, user_id, at)
    values (${path}, ${status}, ${userId}, now())
  `.execute();
}

export const handle: Handle = async ({ event, resolve }) => {
  const sql = postgres(env.DATABASE_URL, { max: 1 });
  event.locals.sql = sql;
  try {
    const session = event.cookies.get("sid");
    event.locals.user = session
      ? (await sql`select id, email from users where session_id = ${session}`)[0] ?? null
      : null;
    const response = await resolve(event);
    logRequest(sql, event.url.pathname, response.status, event.locals.user?.id ?? null).catch((e) =>
      console.warn("request log dropped", e),
    );
    return response;
  } finally {
    await sql.end();
  }
};
