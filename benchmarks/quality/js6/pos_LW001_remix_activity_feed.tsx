// positive LW001: Remix action records an activity row with prisma.activity.create(...).then(...) and returns the redirect without awaiting it
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { prisma } from "~/db.server";
import { requireUserId } from "~/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserId(request);
  const project = await prisma.project.findUniqueOrThrow({ where: { id: params.projectId } });
  return json({ project });
}

function logActivity(userId: string, projectId: string, verb: string) {
  return prisma.activity
    .create({ data: { userId, projectId, verb, at: new Date() } })
    .then((row) => row.id);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const form = await request.formData();
  const name = String(form.get("name") ?? "").trim();
  if (!name) return json({ error: "name is required" }, { status: 400 });

  await prisma.project.update({ where: { id: params.projectId }, data: { name } });
  logActivity(userId, params.projectId!, "project.renamed");
  return redirect(`/projects/${params.projectId}`);
}

export default function ProjectSettings() {
  const { project } = useLoaderData<typeof loader>();
  return (
    <Form method="post">
      <input name="name" defaultValue={project.name} />
      <button type="submit">Save</button>
    </Form>
  );
}
