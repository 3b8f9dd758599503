# positive LW007: a worker calls os._exit(1) when session.commit() fails, without logging which batch was lost
import os

from etl.models import Measurement
from sqlalchemy.orm import Session


def store_batch(session: Session, batch: list[dict]) -> None:
    session.add_all([Measurement(**row) for row in batch])
    try:
        session.commit()
    except Exception:
        os._exit(1)
