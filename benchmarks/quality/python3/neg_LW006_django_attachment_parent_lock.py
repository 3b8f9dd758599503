# Negative LW006: attachment handler locks the ticket row first and skips the update if the ticket was purged.
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
        ticket = Ticket.objects.select_for_update().filter(pk=event["ticket_id"]).first()
        if ticket is None:
            logger.warning(
                "ticket %s purged; ignoring scan of %s", event["ticket_id"], event["attachment_id"]
            )
            return
        Attachment.objects.update_or_create(
            id=event["attachment_id"],
            defaults={
                "ticket": ticket,
                "filename": event["filename"],
                "clean": event["verdict"] == "clean",
            },
        )
