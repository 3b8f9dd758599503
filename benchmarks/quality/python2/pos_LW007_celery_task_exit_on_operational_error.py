# positive LW007: a Celery task's helper calls sys.exit(1) on OperationalError while saving a report row, killing the worker silently
import sys

from celery import shared_task
from reports.db import Session
from reports.models import Report
from sqlalchemy.exc import OperationalError


def save_report(name: str, body: str) -> int:
    with Session() as session:
        report = Report(name=name, body=body)
        session.add(report)
        try:
            session.commit()
        except OperationalError:
            sys.exit(1)
        return report.id


@shared_task
def build_report(name: str) -> int:
    body = f"report {name}"
    return save_report(name, body)
