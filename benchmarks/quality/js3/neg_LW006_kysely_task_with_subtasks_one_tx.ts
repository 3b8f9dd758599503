// Negative LW006: a task and its subtasks are created together in one Kysely transaction from a single command.
import type { Kysely } from "kysely";
import type { DB } from "./db-types";

export async function createTask(
  db: Kysely<DB>,
  input: { id: string; title: string; subtasks: { id: string; title: string }[] },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("tasks").values({ id: input.id, title: input.title }).execute();
    if (input.subtasks.length > 0) {
      await trx
        .insertInto("subtasks")
        .values(input.subtasks.map((s) => ({ id: s.id, task_id: input.id, title: s.title, done: false })))
        .execute();
    }
  });
}
