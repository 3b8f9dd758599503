// negative LW005: SvelteKit action awaits the Kysely INSERT of the new project, then redirects (303) to it
import type { Actions } from "./$types";
import { fail, redirect } from "@sveltejs/kit";
import { db } from "$lib/server/db";

export const actions: Actions = {
  create: async ({ request, locals }) => {
    if (!locals.user) return fail(401, { error: "sign in first" });
    const form = await request.formData();
    const name = String(form.get("name") ?? "").trim();
    if (name.length < 3) return fail(400, { name, error: "name is too short" });

    const project = await db
      .insertInto("projects")
      .values({ name, owner_id: locals.user.id, created_at: new Date() })
      .returning("id")
      .executeTakeFirstOrThrow();

    redirect(303, `/projects/${project.id}`);
  },
};
