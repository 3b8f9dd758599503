# positive LW004: contextlib.suppress(Exception) around an awaited repository save
import contextlib

from telemetry.repository import ReadingRepository


async def ingest(repo: ReadingRepository, readings: list[dict]) -> int:
    for reading in readings:
        with contextlib.suppress(Exception):
            await repo.save(reading)
    return len(readings)
