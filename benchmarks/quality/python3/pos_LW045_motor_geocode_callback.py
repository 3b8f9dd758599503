# Positive LW045: store location is inserted, then a geocoding future's callback adds coordinates to the local doc only.
from __future__ import annotations

import asyncio
from typing import Any

import httpx
from motor.motor_asyncio import AsyncIOMotorCollection


class Geocoder:
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def locate(self, address: str) -> dict[str, float]:
        response = await self.client.get("/geocode", params={"q": address})
        response.raise_for_status()
        data = response.json()
        return {"lat": data["lat"], "lng": data["lng"]}


class StoreLocations:
    def __init__(self, locations: AsyncIOMotorCollection, geocoder: Geocoder) -> None:
        self.locations = locations
        self.geocoder = geocoder

    async def add(self, store_id: str, name: str, address: str) -> dict[str, Any]:
        doc: dict[str, Any] = {"_id": store_id, "name": name, "address": address}
        await self.locations.insert_one(doc)
        lookup = asyncio.ensure_future(self.geocoder.locate(address))
        lookup.add_done_callback(lambda f: doc.update(geo=f.result()))
        return doc
