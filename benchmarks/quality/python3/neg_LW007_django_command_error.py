# Negative LW007: Django command logs the sync failure and raises CommandError carrying the reason.
import logging

from crm.clients import fetch_members
from crm.models import Member
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, transaction

logger = logging.getLogger("crm.sync")


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
                        external_id=m["id"], defaults={"email": m["email"]}
                    )
        except DatabaseError as exc:
            logger.exception(
                "member sync since %s failed after fetching %d members",
                options["since"],
                len(members),
            )
            raise CommandError(f"member sync failed: {exc}") from exc
        self.stdout.write(self.style.SUCCESS(f"synced {len(members)} members"))
