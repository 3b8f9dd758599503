# negative LW045: the ticket's priority is computed in a worker thread and awaited, set on the object, and only then committed
"""Helpdesk tickets (FastAPI + SQLAlchemy async ORM)."""

from __future__ import annotations

import asyncio

from fastapi import FastAPI
from helpdesk.db import SessionLocal
from helpdesk.models import Ticket
from helpdesk.triage import predict_priority
from pydantic import BaseModel

app = FastAPI()


class TicketIn(BaseModel):
    requester: str
    subject: str
    body: str


@app.post("/tickets", status_code=201)
async def open_ticket(body: TicketIn) -> dict[str, int]:
    priority = await asyncio.to_thread(predict_priority, body.subject, body.body)
    async with SessionLocal() as session:
        ticket = Ticket(
            requester=body.requester, subject=body.subject, body=body.body, priority=priority
        )
        session.add(ticket)
        await session.commit()
        await session.refresh(ticket)
    return {"id": ticket.id}
