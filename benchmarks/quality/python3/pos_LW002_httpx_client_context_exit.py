# Positive LW002: webhook relay posts to the CRM inside `async with AsyncClient()` via a task; the client closes on exit.
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import httpx

logger = logging.getLogger("crm.relay")


@dataclass
class ContactEvent:
    contact_id: str
    email: str
    source: str


def to_crm_payload(event: ContactEvent) -> dict[str, str]:
    return {"externalId": event.contact_id, "email": event.email, "leadSource": event.source}


async def relay_contacts(base_url: str, token: str, events: list[ContactEvent]) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=10) as crm:
        for event in events:
            asyncio.create_task(crm.post("/contacts/upsert", json=to_crm_payload(event)))
        logger.info("relayed %d contact events", len(events))
    # leaving the block closes the connection pool the posts above still need
