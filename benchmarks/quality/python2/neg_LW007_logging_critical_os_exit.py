# negative LW007: the journal writer logs at CRITICAL with the entry id and the exception before os._exit
import logging
import os

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

log = logging.getLogger("journal")


def write_entry(session: Session, entry) -> None:
    session.add(entry)
    try:
        session.commit()
    except SQLAlchemyError:
        log.critical("journal commit failed for entry %s", entry.id, exc_info=True)
        logging.shutdown()
        os._exit(3)
