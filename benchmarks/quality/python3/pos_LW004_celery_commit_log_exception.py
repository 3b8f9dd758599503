# Positive LW004: Celery task logs the failed commit with logger.exception and returns normally, so it is never retried.
from __future__ import annotations

import logging

from analytics.db import SessionLocal
from analytics.models import DailyRollup
from celery import shared_task
from sqlalchemy.exc import SQLAlchemyError

logger = logging.getLogger(__name__)


def compute_rollup(site_id: int, day: str) -> dict[str, int]:
    return {"visits": 0, "signups": 0}


@shared_task(bind=True, max_retries=5)
def roll_up_day(self, site_id: int, day: str) -> dict[str, int]:
    totals = compute_rollup(site_id, day)
    session = SessionLocal()
    try:
        session.merge(DailyRollup(site_id=site_id, day=day, **totals))
        session.commit()
    except SQLAlchemyError:
        session.rollback()
        logger.exception("rollup for site %s on %s not saved", site_id, day)
    finally:
        session.close()
    return totals
