# positive LW001: Litestar controller forwards an event to a document store with create_task(client.post(...)), handle dropped
# ruff: noqa: RUF006, RUF012
from __future__ import annotations

import asyncio

import httpx
from litestar import Controller, get, post
from litestar.di import Provide

STORE_URL = "http://docstore.internal:8080/collections/events/docs"


async def provide_client() -> httpx.AsyncClient:
    from app.clients import shared_client

    return shared_client


class EventController(Controller):
    path = "/events"
    dependencies = {"client": Provide(provide_client)}

    @get("/{event_id:str}")
    async def fetch(self, event_id: str, client: httpx.AsyncClient) -> dict:
        resp = await client.get(f"{STORE_URL}/{event_id}")
        resp.raise_for_status()
        return resp.json()

    @post("/")
    async def ingest(self, data: dict, client: httpx.AsyncClient) -> dict:
        payload = {"kind": data["kind"], "body": data.get("body", {})}
        asyncio.create_task(client.post(STORE_URL, json=payload))
        return {"accepted": True}
