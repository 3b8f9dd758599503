// Positive LW006: task projection upserts subtasks with Kysely onConflict while TaskRemoved deletes the parent task.
import type { Kysely } from "kysely";
import type { DB } from "./db-types";

export type TaskEvent =
  | { kind: "SubtaskChanged"; subtaskId: string; taskId: string; title: string; done: boolean }
  | { kind: "TaskRemoved"; taskId: string };

export async function projectTaskEvent(db: Kysely<DB>, event: TaskEvent): Promise<void> {
  if (event.kind === "SubtaskChanged") {
    await db
      .insertInto("subtasks")
      .values({ id: event.subtaskId, task_id: event.taskId, title: event.title, done: event.done })
      .onConflict((oc) => oc.column("id").doUpdateSet({ title: event.title, done: event.done }))
      .execute();
    return;
  }
  await db.deleteFrom("tasks").where("id", "=", event.taskId).execute();
}
