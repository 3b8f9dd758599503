// positive LW004: SvelteKit form action POSTs the signup to the CRM store, only console.warns when the response is not ok, and returns success
import type { Actions, PageServerLoad } from "./$types";
import { fail } from "@sveltejs/kit";
import { env } from "$env/dynamic/private";

export const load: PageServerLoad = async () => {
  return { plans: ["starter", "team", "enterprise"] };
};

export const actions: Actions = {
  default: async ({ request, fetch }) => {
    const form = await request.formData();
    const email = String(form.get("email") ?? "").trim();
    const plan = String(form.get("plan") ?? "starter");
    if (!email.includes("@")) {
      return fail(400, { email, error: "Please enter a valid email" });
    }

    const res = await fetch(`${env.CRM_URL}/api/leads`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${env.CRM_TOKEN}` },
      body: JSON.stringify({ email, plan, source: "pricing-page", at: new Date().toISOString() }),
    });
    if (!res.ok) {
      console.warn("CRM rejected lead", res.status, await res.text());
    }

    return { success: true, email };
  },
};
