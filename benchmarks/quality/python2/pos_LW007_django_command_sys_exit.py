# positive LW007: a Django management command exits with sys.exit(2) when bulk_create of archive rows fails, logging nothing
import sys

from archive.models import ArchivedOrder
from django.core.management.base import BaseCommand
from django.db import DatabaseError, transaction
from shop.models import Order


class Command(BaseCommand):
    help = "Move orders older than N days into the archive table"

    def add_arguments(self, parser) -> None:
        parser.add_argument("--days", type=int, default=365)

    def handle(self, *args, days: int, **options) -> None:
        old = list(Order.objects.older_than(days))
        try:
            with transaction.atomic():
                ArchivedOrder.objects.bulk_create(ArchivedOrder.from_order(o) for o in old)
                Order.objects.filter(pk__in=[o.pk for o in old]).delete()
        except DatabaseError:
            sys.exit(2)
        self.stdout.write(f"archived {len(old)} orders")
