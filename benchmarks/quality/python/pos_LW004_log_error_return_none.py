# positive LW004: except around repo.save only logs at ERROR and returns None; the caller cannot tell it failed
import logging

from app.models import Judgment
from app.repositories import judgment_repo as repo

logger = logging.getLogger(__name__)


async def persist_judgment(judgment: Judgment) -> str | None:
    try:
        await repo.save(judgment.to_row())
    except Exception as exc:
        logger.error("saving judgment %s failed: %s", judgment.id, exc)
        return None
    return judgment.id
