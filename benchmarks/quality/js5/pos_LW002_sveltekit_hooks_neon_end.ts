// positive LW002: SvelteKit hooks.server handle() ends the per-request Neon Client after resolve(), while the form action's "last edited" update was left running without await
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
function touchLastEdited(db: Client, docId: string, userId: string) {
  return db.query("UPDATE documents SET last_edited_by = $1, last_edited_at = now() WHERE id = $2", [userId, docId]);
}

export const actions: Actions = {
  save: async ({ request, params, locals }) => {
    const form = await request.formData();
    const body = String(form.get("body") ?? "");
    if (body.length > 200_000) return fail(413, { error: "document too large" });

    await locals.db.query("UPDATE documents SET body = $1, revision = revision + 1 WHERE id = $2", [body, params.id]);
    touchLastEdited(locals.db, params.id!, locals.user.id);

    throw redirect(303, `/docs/${params.id}`);
  },
};
