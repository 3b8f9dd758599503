# negative LW006: handlers upsert and delete the same top-level row (a project); no child row keyed by a parent id is written
import asyncpg


async def on_project_event(pool: asyncpg.Pool, event: dict) -> None:
    if event["type"] == "project.deleted":
        await pool.execute("DELETE FROM projects WHERE id = $1", event["project_id"])
    elif event["type"] == "project.renamed":
        await pool.execute(
            "INSERT INTO projects (id, name) VALUES ($1, $2)"
            " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name",
            event["project_id"],
            event["name"],
        )
