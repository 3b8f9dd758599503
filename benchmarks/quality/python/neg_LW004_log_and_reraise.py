# negative LW004: the fixed form, the save failure is logged with the traceback and re-raised
import logging

from app.models import Judgment
from app.repositories import judgment_repo as repo

logger = logging.getLogger(__name__)


async def persist_judgment(judgment: Judgment) -> str:
    try:
        await repo.save(judgment.to_row())
    except Exception:
        logger.exception("saving judgment %s failed", judgment.id)
        raise
    return judgment.id
