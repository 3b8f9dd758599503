# positive LW004: a Celery import task logs a warning for each failed row commit and continues, reporting success
import logging

from celery import shared_task
from sqlalchemy.exc import SQLAlchemyError
from warehouse.db import Session
from warehouse.models import StockMove

log = logging.getLogger(__name__)


@shared_task(bind=True, acks_late=True)
def import_stock_moves(self, moves: list[dict]) -> dict:
    stored = 0
    with Session() as session:
        for move in moves:
            try:
                session.add(StockMove(**move))
                session.commit()
                stored += 1
            except SQLAlchemyError as exc:
                session.rollback()
                log.warning("skipping stock move %s: %s", move.get("ref"), exc)
                continue
    return {"status": "done", "stored": stored}
