// Negative LW005: Remix action awaits the Prisma note create and then redirects to the stored note.
import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { prisma } from "~/db.server";

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const title = String(form.get("title") ?? "").trim();
  if (!title) return json({ error: "title required" }, { status: 400 });
  const note = await prisma.note.create({ data: { title, body: String(form.get("body") ?? "") } });
  return redirect(`/notes/${note.id}`);
}

export default function NewNote() {
  return (
    <Form method="post">
      <input name="title" />
      <textarea name="body" />
      <button type="submit">Save</button>
    </Form>
  );
}
