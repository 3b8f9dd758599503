# Negative LW045: the language is detected in an executor and awaited, then the ticket is committed with it.
from __future__ import annotations

import asyncio

from sqlalchemy.ext.asyncio import AsyncSession
from support.language import detect_language
from support.models import Ticket


class TicketIntake:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def open_ticket(self, customer_id: int, subject: str, body: str) -> Ticket:
        loop = asyncio.get_running_loop()
        language = await loop.run_in_executor(None, detect_language, body)
        ticket = Ticket(
            customer_id=customer_id, subject=subject, body=body, status="open", language=language
        )
        self.session.add(ticket)
        await self.session.commit()
        return ticket
