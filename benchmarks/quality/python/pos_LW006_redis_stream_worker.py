# positive LW006: a redis-stream worker upserts a reply row under its thread; thread.purged deletes the thread
import asyncio
import json

import asyncpg
import redis.asyncio as redis


async def worker(pool: asyncpg.Pool, r: redis.Redis) -> None:
    last_id = "$"
    while True:
        batches = await r.xread({"forum": last_id}, block=5000)
        for _stream, entries in batches:
            for entry_id, fields in entries:
                last_id = entry_id
                event = json.loads(fields[b"event"])
                if event["type"] == "thread.purged":
                    await pool.execute("DELETE FROM threads WHERE id = $1", event["thread_id"])
                elif event["type"] == "reply.edited":
                    await pool.execute(
                        "INSERT INTO replies (id, thread_id, body) VALUES ($1, $2, $3)"
                        " ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body",
                        event["reply_id"],
                        event["thread_id"],
                        event["body"],
                    )


async def main() -> None:
    pool = await asyncpg.create_pool("postgresql://forum@db/forum")
    await worker(pool, redis.Redis())


if __name__ == "__main__":
    asyncio.run(main())
