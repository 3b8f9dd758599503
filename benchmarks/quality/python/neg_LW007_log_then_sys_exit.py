# negative LW007: the worker logs the failed batch with the traceback before sys.exit(1)
import logging
import sys

from etl.models import Measurement
from sqlalchemy.orm import Session

log = logging.getLogger("etl")


def store_batch(session: Session, batch_id: str, batch: list[dict]) -> None:
    session.add_all([Measurement(**row) for row in batch])
    try:
        session.commit()
    except Exception:
        log.exception("batch %s (%d rows) not committed; exiting", batch_id, len(batch))
        sys.exit(1)
