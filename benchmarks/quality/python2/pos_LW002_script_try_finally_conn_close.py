# positive LW002: a nightly script starts the rollup INSERT as a task and the `finally` closes the connection under it
import asyncio
import datetime as dt

import asyncpg

ROLLUP = """
INSERT INTO daily_revenue (day, total)
SELECT $1::date, coalesce(sum(amount), 0) FROM payments WHERE paid_at::date = $1::date
ON CONFLICT (day) DO UPDATE SET total = excluded.total
"""


async def rollup(day: dt.date) -> None:
    conn = await asyncpg.connect("postgresql://reports@db/reports")
    try:
        count = await conn.fetchval("SELECT count(*) FROM payments WHERE paid_at::date = $1", day)
        print(f"{day}: {count} payments")
        job = asyncio.create_task(conn.execute(ROLLUP, day))
        job.add_done_callback(lambda t: print("rollup finished", t.exception()))
    finally:
        await conn.close()


if __name__ == "__main__":
    asyncio.run(rollup(dt.date.today() - dt.timedelta(days=1)))
