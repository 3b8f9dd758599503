# negative LW006: ReplyEdited checks `await Thread.exists(id=...)` inside a transaction and skips with a warning if the thread was deleted
"""Discussion read model (Tortoise ORM)."""

from __future__ import annotations

import logging

from tortoise import fields
from tortoise.models import Model
from tortoise.transactions import in_transaction

log = logging.getLogger(__name__)


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
    async with in_transaction() as conn:
        if not await Thread.exists(id=event["thread_id"], using_db=conn):
            log.warning(
                "reply %s skipped: thread %s deleted", event["reply_id"], event["thread_id"]
            )
            return
        await Reply.update_or_create(
            id=event["reply_id"],
            defaults={"thread_id": event["thread_id"], "body": event["body"]},
            using_db=conn,
        )
