# negative LW007: a Celery task logs the failed report write with its name and lets Celery retry instead of exiting
import logging

from celery import shared_task
from reports.db import Session
from reports.models import Report
from sqlalchemy.exc import OperationalError

log = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=5, default_retry_delay=30)
def build_report(self, name: str) -> int:
    with Session() as session:
        report = Report(name=name, body=f"report {name}")
        session.add(report)
        try:
            session.commit()
        except OperationalError as exc:
            log.error("report %s not saved (attempt %d): %s", name, self.request.retries + 1, exc)
            raise self.retry(exc=exc) from exc
        return report.id
