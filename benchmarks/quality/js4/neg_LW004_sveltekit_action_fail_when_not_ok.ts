// negative LW004: SvelteKit form action returns fail(502) to the form when the CRM store rejects the signup POST, so the user sees it was not saved
import type { Actions } from "./$types";
import { fail } from "@sveltejs/kit";
import { env } from "$env/dynamic/private";

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
      body: JSON.stringify({ email, plan, source: "pricing-page" }),
    });
    if (!res.ok) {
      console.error("CRM rejected lead", res.status);
      return fail(502, { email, error: "We could not save your signup, please try again" });
    }

    return { success: true, email };
  },
};
