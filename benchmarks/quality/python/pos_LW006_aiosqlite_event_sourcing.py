# positive LW006: an aiosqlite event-sourcing projector replaces a step row for a run; RunDeleted deletes the run
import aiosqlite

HANDLERS = {}


def on(kind: str):
    def register(fn):
        HANDLERS[kind] = fn
        return fn

    return register


@on("RunDeleted")
async def run_deleted(db: aiosqlite.Connection, event: dict) -> None:
    await db.execute("DELETE FROM runs WHERE id = ?", (event["run_id"],))


@on("StepFinished")
async def step_finished(db: aiosqlite.Connection, event: dict) -> None:
    await db.execute(
        "INSERT OR REPLACE INTO steps (id, run_id, status, output) VALUES (?, ?, ?, ?)",
        (event["step_id"], event["run_id"], event["status"], event["output"]),
    )


async def project(db: aiosqlite.Connection, event: dict) -> None:
    await HANDLERS[event["kind"]](db, event)
    await db.commit()
