# positive LW045: the session record is stored in redis with hset, then an executor job sets the verdict on the local mapping
import asyncio

import redis.asyncio as redis
from fraud.rules import evaluate

r = redis.Redis()


def _judge(record: dict[str, str]) -> None:
    record["fraud_verdict"] = evaluate(record)


async def store_checkout(session_id: str, record: dict[str, str]) -> dict[str, str]:
    await r.hset(f"checkout:{session_id}", mapping=record)
    asyncio.get_running_loop().run_in_executor(None, _judge, record)
    return record
