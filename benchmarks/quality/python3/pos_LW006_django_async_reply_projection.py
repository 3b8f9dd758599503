# Positive LW006: async Django projection aupdate_or_creates forum replies while ThreadRemoved deletes threads concurrently.
from __future__ import annotations

from typing import Any

from forum.bus import on
from forum.models import Reply, Thread


@on("reply.edited")
async def project_reply(event: dict[str, Any]) -> None:
    await Reply.objects.aupdate_or_create(
        id=event["reply_id"],
        defaults={
            "thread_id": event["thread_id"],
            "author_id": event["author_id"],
            "body": event["body"],
        },
    )


@on("thread.removed")
async def remove_thread(event: dict[str, Any]) -> None:
    await Thread.objects.filter(pk=event["thread_id"]).adelete()
