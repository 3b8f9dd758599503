# negative LW001: background writes kept in a set; the done-callback discards them and logs failures with the traceback
import asyncio
import logging

from app.repositories import audit_repo

logger = logging.getLogger(__name__)
_background: set[asyncio.Task] = set()


def _on_done(task: asyncio.Task) -> None:
    _background.discard(task)
    if task.cancelled():
        logger.error("audit write cancelled: %s", task.get_name())
        return
    exc = task.exception()
    if exc is not None:
        logger.error("audit write failed", exc_info=exc)


def record_audit(entry: dict) -> None:
    task = asyncio.create_task(audit_repo.save(entry), name=f"audit-{entry['id']}")
    _background.add(task)
    task.add_done_callback(_on_done)
