# positive LW006: Tortoise handlers: AttachmentUploaded update_or_creates under a ticket, TicketDeleted deletes the ticket
from helpdesk.bus import subscribe
from helpdesk.models import Attachment, Ticket


@subscribe("TicketDeleted")
async def ticket_deleted(event: dict) -> None:
    await Ticket.filter(id=event["ticket_id"]).delete()


@subscribe("AttachmentUploaded")
async def attachment_uploaded(event: dict) -> None:
    await Attachment.update_or_create(
        id=event["attachment_id"],
        defaults={"ticket_id": event["ticket_id"], "url": event["url"], "size": event["size"]},
    )
