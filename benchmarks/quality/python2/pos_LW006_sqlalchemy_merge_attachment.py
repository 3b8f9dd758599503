# positive LW006: a ticket projection merges an Attachment row on AttachmentUploaded without checking the ticket, which TicketPurged deletes
from __future__ import annotations

from sqlalchemy import ForeignKey, String, delete
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Ticket(Base):
    __tablename__ = "tickets"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    subject: Mapped[str]


class Attachment(Base):
    __tablename__ = "attachments"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    filename: Mapped[str]


class TicketProjection:
    def __init__(self, session: Session) -> None:
        self.session = session

    def on_ticket_opened(self, event: dict) -> None:
        self.session.add(Ticket(id=event["ticket_id"], subject=event["subject"]))
        self.session.commit()

    def on_ticket_purged(self, event: dict) -> None:
        self.session.execute(delete(Ticket).where(Ticket.id == event["ticket_id"]))
        self.session.commit()

    def on_attachment_uploaded(self, event: dict) -> None:
        self.session.merge(
            Attachment(
                id=event["attachment_id"], ticket_id=event["ticket_id"], filename=event["filename"]
            )
        )
        self.session.commit()
