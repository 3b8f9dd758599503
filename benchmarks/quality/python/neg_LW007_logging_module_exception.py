# negative LW007: the module-level logging.exception call names the failed insert before os._exit
import logging
import os

import asyncpg


async def consume(queue, pool: asyncpg.Pool) -> None:
    while True:
        payment = await queue.get()
        try:
            await pool.execute(
                "INSERT INTO payments (id, amount) VALUES ($1, $2)",
                payment["id"],
                payment["amount"],
            )
        except asyncpg.PostgresError:
            logging.exception("payment %s not stored; stopping consumer", payment["id"])
            os._exit(1)
