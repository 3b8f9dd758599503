# Positive LW045: support ticket is committed first; the language detected in an executor is set on the ORM object afterwards.
from __future__ import annotations

import asyncio
from concurrent.futures import Future

from sqlalchemy.ext.asyncio import AsyncSession
from support.language import detect_language
from support.models import Ticket


class TicketIntake:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def open_ticket(self, customer_id: int, subject: str, body: str) -> Ticket:
        ticket = Ticket(customer_id=customer_id, subject=subject, body=body, status="open")
        self.session.add(ticket)
        await self.session.commit()

        loop = asyncio.get_running_loop()
        detection = loop.run_in_executor(None, detect_language, body)

        def attach(fut: Future[str] | asyncio.Future[str]) -> None:
            ticket.language = fut.result()

        detection.add_done_callback(attach)
        return ticket
