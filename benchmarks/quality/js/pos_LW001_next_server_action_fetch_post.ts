// positive LW001: Next.js server action POSTs the lead to the CRM store with fetch() and does not await it
"use server";

import { redirect } from "next/navigation";

export async function submitContactForm(formData: FormData) {
  const lead = {
    name: String(formData.get("name") ?? ""),
    email: String(formData.get("email") ?? ""),
    message: String(formData.get("message") ?? ""),
  };

  fetch(`${process.env.CRM_API}/v1/leads`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.CRM_TOKEN}` },
    body: JSON.stringify(lead),
  });

  redirect("/contact/thanks");
}
