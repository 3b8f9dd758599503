# negative LW001: writes started with start_soon in an anyio task group (the nursery waits for them)
import anyio
from metrics.repository import SampleRepository


async def flush_samples(repo: SampleRepository, batches: list[list[dict]]) -> None:
    async with anyio.create_task_group() as tg:
        for batch in batches:
            tg.start_soon(repo.insert_many, batch)
