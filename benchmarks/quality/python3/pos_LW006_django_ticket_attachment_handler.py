# Positive LW006: Django event handler update_or_creates an attachment for a ticket that TicketPurged may have deleted.
from __future__ import annotations

import logging
from typing import Any

from django.db import transaction
from helpdesk.events import subscriber
from helpdesk.models import Attachment, Ticket

logger = logging.getLogger(__name__)


@subscriber("attachment.scanned")
def on_attachment_scanned(event: dict[str, Any]) -> None:
    with transaction.atomic():
        Attachment.objects.update_or_create(
            id=event["attachment_id"],
            defaults={
                "ticket_id": event["ticket_id"],
                "filename": event["filename"],
                "clean": event["verdict"] == "clean",
            },
        )


@subscriber("ticket.purged")
def on_ticket_purged(event: dict[str, Any]) -> None:
    deleted, _ = Ticket.objects.filter(pk=event["ticket_id"]).delete()
    logger.info("purged ticket %s (%d rows)", event["ticket_id"], deleted)
