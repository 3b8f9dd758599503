# negative LW001: a heartbeat sleep loop started with create_task; it only logs and sleeps
# ruff: noqa: RUF006
import asyncio
import logging

logger = logging.getLogger("worker")


async def heartbeat(interval: float = 15.0) -> None:
    while True:
        await asyncio.sleep(interval)
        logger.debug("worker alive")


async def main(consumer) -> None:
    asyncio.create_task(heartbeat())
    async for message in consumer:
        await message.process()
