# positive LW006: ReplyEdited handler calls Reply.update_or_create(thread_id=...) with no thread check; ThreadDeleted removes the thread and its replies (CASCADE)
"""Discussion read model (Tortoise ORM), driven by a Redis pub/sub loop."""

from __future__ import annotations

import asyncio
import json

from redis.asyncio import Redis
from tortoise import Tortoise, fields
from tortoise.models import Model


class Thread(Model):
    id = fields.CharField(pk=True, max_length=36)
    subject = fields.CharField(max_length=200)


class Reply(Model):
    id = fields.CharField(pk=True, max_length=36)
    thread = fields.ForeignKeyField(
        "models.Thread", related_name="replies", on_delete=fields.CASCADE
    )
    body = fields.TextField()


async def thread_deleted(event: dict) -> None:
    await Thread.filter(id=event["thread_id"]).delete()


async def reply_edited(event: dict) -> None:
    await Reply.update_or_create(
        id=event["reply_id"], defaults={"thread_id": event["thread_id"], "body": event["body"]}
    )


async def main() -> None:
    await Tortoise.init(db_url="postgres://forum@db/forum", modules={"models": ["__main__"]})
    redis = Redis(host="redis")
    pubsub = redis.pubsub()
    await pubsub.subscribe("discussion-events")
    handlers = {"ThreadDeleted": thread_deleted, "ReplyEdited": reply_edited}
    async for msg in pubsub.listen():
        if msg["type"] != "message":
            continue
        event = json.loads(msg["data"])
        await handlers[event["type"]](event)


if __name__ == "__main__":
    asyncio.run(main())
