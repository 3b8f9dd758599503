# Negative LW002: CRM relay gathers all posts before the `async with AsyncClient()` block closes the client.
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


async def relay_contacts(base_url: str, token: str, events: list[ContactEvent]) -> None:
    async with httpx.AsyncClient(
        base_url=base_url, headers={"Authorization": f"Bearer {token}"}
    ) as crm:
        posts = [
            asyncio.create_task(
                crm.post("/contacts/upsert", json={"externalId": e.contact_id, "email": e.email})
            )
            for e in events
        ]
        responses = await asyncio.gather(*posts)
        for response in responses:
            response.raise_for_status()
    logger.info("relayed %d contact events", len(events))
