# positive LW007: Django management command turns an IntegrityError while saving the migrated rows into `raise SystemExit(2)`, no message
"""`manage.py migrate_legacy_customers`: copies customers from the legacy schema."""

from __future__ import annotations

from crm.models import Customer
from django.core.management.base import BaseCommand
from django.db import IntegrityError, connections, transaction


class Command(BaseCommand):
    help = "Copy customers from the legacy database into crm.Customer."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--batch", type=int, default=1000)

    def legacy_rows(self):
        with connections["legacy"].cursor() as cur:
            cur.execute("SELECT id, name, email, created FROM cust ORDER BY id")
            yield from cur.fetchall()

    def handle(self, *args, **options) -> None:
        batch: list[Customer] = []
        for legacy_id, name, email, created in self.legacy_rows():
            batch.append(Customer(legacy_id=legacy_id, name=name, email=email, created=created))
            if len(batch) >= options["batch"]:
                self._flush(batch)
                batch = []
        if batch:
            self._flush(batch)

    def _flush(self, batch: list[Customer]) -> None:
        try:
            with transaction.atomic():
                Customer.objects.bulk_create(batch)
        except IntegrityError:
            raise SystemExit(2) from None
