# positive LW007: a Django management command converts DatabaseError from bulk_create into sys.exit(1)
import json
import sys

from catalog.models import Product
from django.core.management.base import BaseCommand
from django.db import DatabaseError


class Command(BaseCommand):
    help = "Load products from a JSON file"

    def add_arguments(self, parser) -> None:
        parser.add_argument("path")

    def handle(self, *args, **options) -> None:
        with open(options["path"]) as fh:
            items = json.load(fh)
        try:
            Product.objects.bulk_create([Product(**item) for item in items])
        except DatabaseError:
            sys.exit(1)
