// positive LW004: a Remix route action catches the failed Prisma update, only warns, and still returns { ok: true }
import type { ActionFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { prisma } from "~/db.server";
import { requireUserId } from "~/session.server";

export async function action({ request }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const form = await request.formData();
  try {
    await prisma.notificationSettings.update({
      where: { userId },
      data: { weeklyDigest: form.get("weeklyDigest") === "on" },
    });
  } catch (error) {
    console.warn("could not update notification settings", error);
  }
  return json({ ok: true });
}

export default function NotificationSettings() {
  const data = useActionData<typeof action>();
  return (
    <Form method="post">
      <label>
        <input type="checkbox" name="weeklyDigest" /> Weekly digest
      </label>
      <button type="submit">Save</button>
      {data?.ok ? <p>Saved.</p> : null}
    </Form>
  );
}
