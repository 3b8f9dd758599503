# positive LW045: the ticket is committed, then a background task computes its priority and sets `ticket.priority` on the closed session's object; no commit follows
"""Helpdesk tickets (FastAPI + SQLAlchemy async ORM)."""

from __future__ import annotations

import asyncio
import logging

from fastapi import FastAPI
from helpdesk.db import SessionLocal
from helpdesk.models import Ticket
from helpdesk.triage import predict_priority
from pydantic import BaseModel

log = logging.getLogger(__name__)
app = FastAPI()
_tasks: set[asyncio.Task[None]] = set()


class TicketIn(BaseModel):
    requester: str
    subject: str
    body: str


async def triage(ticket: Ticket) -> None:
    ticket.priority = await asyncio.to_thread(predict_priority, ticket.subject, ticket.body)
    log.info("ticket %s triaged as %s", ticket.id, ticket.priority)


@app.post("/tickets", status_code=201)
async def open_ticket(body: TicketIn) -> dict[str, int]:
    async with SessionLocal() as session:
        ticket = Ticket(requester=body.requester, subject=body.subject, body=body.body)
        session.add(ticket)
        await session.commit()
        await session.refresh(ticket)
    task = asyncio.create_task(triage(ticket))
    _tasks.add(task)
    task.add_done_callback(_tasks.discard)
    return {"id": ticket.id}
