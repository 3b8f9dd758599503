# positive LW007: dramatiq actor calls os.abort() when the Peewee save of the payout fails; the worker process dies with no log of which payout was lost
"""Payout actors (dramatiq + Peewee)."""

from __future__ import annotations

import os
from decimal import Decimal

import dramatiq
from peewee import CharField, DecimalField, Model, PeeweeException, PostgresqlDatabase

db = PostgresqlDatabase("payouts", host="db")


class Payout(Model):
    reference = CharField(unique=True)
    merchant = CharField()
    amount = DecimalField(decimal_places=2)

    class Meta:
        database = db


@dramatiq.actor(max_retries=0)
def record_payout(reference: str, merchant: str, amount: str) -> None:
    try:
        with db.atomic():
            Payout.create(reference=reference, merchant=merchant, amount=Decimal(amount))
    except PeeweeException:
        os.abort()
