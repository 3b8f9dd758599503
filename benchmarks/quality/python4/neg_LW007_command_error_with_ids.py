# negative LW007: the management command raises CommandError naming the batch and the IntegrityError; Django prints it on stderr and exits 1
"""`manage.py migrate_legacy_customers`: copies customers from the legacy schema."""

from __future__ import annotations

from crm.models import Customer
from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, connections, transaction


class Command(BaseCommand):
    help = "Copy customers from the legacy database into crm.Customer."

    def legacy_rows(self):
        with connections["legacy"].cursor() as cur:
            cur.execute("SELECT id, name, email, created FROM cust ORDER BY id")
            yield from cur.fetchall()

    def handle(self, *args, **options) -> None:
        batch: list[Customer] = []
        for legacy_id, name, email, created in self.legacy_rows():
            batch.append(Customer(legacy_id=legacy_id, name=name, email=email, created=created))
            if len(batch) >= 1000:
                self._flush(batch)
                batch = []
        if batch:
            self._flush(batch)

    def _flush(self, batch: list[Customer]) -> None:
        try:
            with transaction.atomic():
                Customer.objects.bulk_create(batch)
        except IntegrityError as exc:
            first, last = batch[0].legacy_id, batch[-1].legacy_id
            raise CommandError(
                f"legacy customers {first}..{last} not copied ({len(batch)} rows): {exc}"
            ) from exc
