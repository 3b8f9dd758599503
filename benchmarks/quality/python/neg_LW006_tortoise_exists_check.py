# negative LW006: the Tortoise attachment handler returns early when Ticket.exists(...) is false
import logging

from helpdesk.bus import subscribe
from helpdesk.models import Attachment, Ticket

logger = logging.getLogger(__name__)


@subscribe("TicketDeleted")
async def ticket_deleted(event: dict) -> None:
    await Ticket.filter(id=event["ticket_id"]).delete()


@subscribe("AttachmentUploaded")
async def attachment_uploaded(event: dict) -> None:
    if not await Ticket.exists(id=event["ticket_id"]):
        logger.warning(
            "ticket %s gone, attachment %s skipped", event["ticket_id"], event["attachment_id"]
        )
        return
    await Attachment.update_or_create(
        id=event["attachment_id"],
        defaults={"ticket_id": event["ticket_id"], "url": event["url"]},
    )
