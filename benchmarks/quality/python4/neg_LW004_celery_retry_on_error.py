# negative LW004: the Celery task turns a failed Invoice insert into `raise self.retry(exc=exc)`; after max_retries Celery marks it failed
"""Billing tasks (Celery + Django ORM)."""

from __future__ import annotations

import logging
from decimal import Decimal

from billing.models import Invoice, Subscription
from celery import shared_task
from django.db import DatabaseError

logger = logging.getLogger(__name__)


def _amount_for(sub: Subscription) -> Decimal:
    return sub.plan.price * sub.seats


@shared_task(bind=True, max_retries=5, acks_late=True, default_retry_delay=30)
def issue_invoice(self, subscription_id: int, period: str) -> int:
    sub = Subscription.objects.select_related("plan").get(pk=subscription_id)
    try:
        invoice = Invoice.objects.create(
            subscription=sub, period=period, amount=_amount_for(sub), currency=sub.currency
        )
    except DatabaseError as exc:
        logger.warning("invoice for %s (%s) failed, retrying", subscription_id, period)
        raise self.retry(exc=exc) from exc
    return invoice.pk
