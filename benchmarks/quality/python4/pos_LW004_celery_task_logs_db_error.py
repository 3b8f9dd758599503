# positive LW004: Celery task logs the failed Invoice insert and returns normally, so Celery records success and never retries
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


@shared_task(bind=True, max_retries=5, acks_late=True)
def issue_invoice(self, subscription_id: int, period: str) -> int | None:
    sub = Subscription.objects.select_related("plan").get(pk=subscription_id)
    try:
        invoice = Invoice.objects.create(
            subscription=sub, period=period, amount=_amount_for(sub), currency=sub.currency
        )
    except DatabaseError:
        logger.error("invoice for subscription %s (%s) not created", subscription_id, period)
        return None
    return invoice.pk
