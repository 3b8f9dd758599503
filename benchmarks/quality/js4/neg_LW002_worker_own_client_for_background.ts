// negative LW002: Workers fetch handler closes its request client in finally, while the background activity write opens and closes its own client inside the task passed to waitUntil
import { Client } from "@neondatabase/serverless";

export interface Env {
  DATABASE_URL: string;
}

async function recordActivity(env: Env, projectId: string, taskId: string): Promise<void> {
  const own = new Client(env.DATABASE_URL);
  await own.connect();
  try {
    await own.query("INSERT INTO activity (project_id, kind, task_id, at) VALUES ($1, 'task.created', $2, now())", [
      projectId,
      taskId,
    ]);
  } finally {
    await own.end();
  }
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    const projectId = url.searchParams.get("project") ?? "";
    const client = new Client(env.DATABASE_URL);
    await client.connect();
    try {
      const body = (await request.json()) as { title: string };
      const { rows } = await client.query<{ id: string }>(
        "INSERT INTO tasks (project_id, title) VALUES ($1, $2) RETURNING id",
        [projectId, body.title],
      );
      const taskId = rows[0].id;
      ctx.waitUntil(
        recordActivity(env, projectId, taskId).catch((err: Error) => {
          console.error("activity write failed", { projectId, taskId, error: err.message });
        }),
      );
      return Response.json({ id: taskId }, { status: 201 });
    } finally {
      await client.end();
    }
  },
};
