// negative LW002: SvelteKit hooks.server handle() ends the per-request Neon Client after resolve(); the form action awaits both updates in one transaction before redirecting
import type { Actions, Handle } from "@sveltejs/kit";
import { fail, redirect } from "@sveltejs/kit";
import { Client } from "@neondatabase/serverless";
import { env } from "$env/dynamic/private";

// --- src/hooks.server.ts ---
export const handle: Handle = async ({ event, resolve }) => {
  const client = new Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  event.locals.db = client;
  try {
    return await resolve(event);
  } finally {
    await client.end();
  }
};

// --- src/routes/docs/[id]/edit/+page.server.ts ---
export const actions: Actions = {
  save: async ({ request, params, locals }) => {
    const form = await request.formData();
    const body = String(form.get("body") ?? "");
    if (body.length > 200_000) return fail(413, { error: "document too large" });

    const db = locals.db;
    try {
      await db.query("BEGIN");
      await db.query("UPDATE documents SET body = $1, revision = revision + 1 WHERE id = $2", [body, params.id]);
      await db.query("UPDATE documents SET last_edited_by = $1, last_edited_at = now() WHERE id = $2", [
        locals.user.id,
        params.id,
      ]);
      await db.query("COMMIT");
    } catch (err) {
      await db.query("ROLLBACK");
      throw err;
    }

    throw redirect(303, `/docs/${params.id}`);
  },
};
