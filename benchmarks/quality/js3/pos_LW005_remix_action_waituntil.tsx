// Positive LW005: Remix action on Cloudflare returns "saved" while the note insert is deferred via waitUntil.
import type { ActionFunctionArgs } from "@remix-run/cloudflare";
import { json } from "@remix-run/cloudflare";
import { Form, useActionData } from "@remix-run/react";

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const title = String(form.get("title") ?? "").trim();
  const body = String(form.get("body") ?? "");
  if (!title) return json({ saved: false, error: "title required" }, { status: 400 });
  const id = crypto.randomUUID();
  context.cloudflare.ctx.waitUntil(
    context.cloudflare.env.DB.prepare("INSERT INTO notes (id, title, body) VALUES (?, ?, ?)").bind(id, title, body).run(),
  );
  return json({ saved: true, id });
}

export default function NewNote() {
  const result = useActionData<typeof action>();
  return (
    <Form method="post">
      <input name="title" />
      <textarea name="body" />
      <button type="submit">Save</button>
      {result?.saved ? <p>Saved!</p> : null}
    </Form>
  );
}
