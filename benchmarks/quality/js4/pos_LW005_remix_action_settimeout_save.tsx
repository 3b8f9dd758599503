// positive LW005: Remix route action schedules the profile update with setTimeout and returns { ok: true } at once; the Prisma update runs after the response
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { prisma } from "~/db.server";
import { requireUserId } from "~/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const profile = await prisma.profile.findUniqueOrThrow({ where: { userId } });
  return json({ profile });
}

export async function action({ request }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const form = await request.formData();
  const displayName = String(form.get("displayName") ?? "").trim();
  const bio = String(form.get("bio") ?? "").slice(0, 500);
  if (!displayName) {
    return json({ ok: false, error: "Display name is required" }, { status: 400 });
  }

  setTimeout(() => {
    prisma.profile
      .update({ where: { userId }, data: { displayName, bio } })
      .catch((err) => console.error("profile update failed", userId, err));
  }, 0);

  return json({ ok: true, error: null });
}

export default function ProfileSettings() {
  const { profile } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <Form method="post">
      <input name="displayName" defaultValue={profile.displayName} />
      <textarea name="bio" defaultValue={profile.bio ?? ""} />
      {result?.ok ? <p>Saved</p> : result?.error ? <p role="alert">{result.error}</p> : null}
      <button type="submit">Save</button>
    </Form>
  );
}
