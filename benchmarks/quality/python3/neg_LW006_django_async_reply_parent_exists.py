# Negative LW006: async reply projection verifies the thread exists before aupdate_or_create, and logs a skip otherwise.
from __future__ import annotations

import logging
from typing import Any

from forum.bus import on
from forum.models import Reply, Thread

logger = logging.getLogger(__name__)


@on("reply.edited")
async def project_reply(event: dict[str, Any]) -> None:
    if not await Thread.objects.filter(pk=event["thread_id"]).aexists():
        logger.warning(
            "thread %s removed; reply %s not projected", event["thread_id"], event["reply_id"]
        )
        return
    await Reply.objects.aupdate_or_create(
        id=event["reply_id"],
        defaults={
            "thread_id": event["thread_id"],
            "author_id": event["author_id"],
            "body": event["body"],
        },
    )
