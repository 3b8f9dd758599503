# positive LW007: a queue consumer exits silently (sys.exit(1)) when the asyncpg insert fails
import asyncio
import sys

import asyncpg


async def consume(queue: asyncio.Queue, pool: asyncpg.Pool) -> None:
    while True:
        payment = await queue.get()
        try:
            await pool.execute(
                "INSERT INTO payments (id, amount, currency) VALUES ($1, $2, $3)",
                payment["id"],
                payment["amount"],
                payment["currency"],
            )
        except asyncpg.PostgresError:
            sys.exit(1)
        queue.task_done()
