# Positive LW007: Django management command exits silently with sys.exit(1) when saving the synced members fails.
import sys

from crm.clients import fetch_members
from crm.models import Member
from django.core.management.base import BaseCommand
from django.db import DatabaseError, transaction


class Command(BaseCommand):
    help = "Sync members from the membership provider"

    def add_arguments(self, parser) -> None:
        parser.add_argument("--since", required=True)

    def handle(self, *args, **options) -> None:
        members = fetch_members(since=options["since"])
        try:
            with transaction.atomic():
                for m in members:
                    Member.objects.update_or_create(
                        external_id=m["id"], defaults={"email": m["email"], "tier": m["tier"]}
                    )
        except DatabaseError:
            sys.exit(1)
        self.stdout.write(self.style.SUCCESS(f"synced {len(members)} members"))
