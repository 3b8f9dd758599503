# positive LW004: an arq job catches any error from the Tortoise write, logs it and reports "ok" so it is never retried
# ruff: noqa: RUF012
import logging

from billing.models import UsageRecord
from tortoise.exceptions import BaseORMException

logger = logging.getLogger("jobs")


async def record_usage(ctx: dict, account_id: int, units: int) -> str:
    try:
        await UsageRecord.create(account_id=account_id, units=units)
    except BaseORMException as exc:
        logger.warning("usage record for %s not stored: %s", account_id, exc)
    return "ok"


class WorkerSettings:
    functions = [record_usage]
