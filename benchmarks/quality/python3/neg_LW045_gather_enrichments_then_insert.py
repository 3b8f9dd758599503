# Negative LW045: store location is geocoded and categorised concurrently, and inserted only after both complete.
from __future__ import annotations

import asyncio
from typing import Any

from motor.motor_asyncio import AsyncIOMotorCollection
from places.enrich import Categoriser, Geocoder


class StoreLocations:
    def __init__(
        self, locations: AsyncIOMotorCollection, geocoder: Geocoder, categoriser: Categoriser
    ) -> None:
        self.locations = locations
        self.geocoder = geocoder
        self.categoriser = categoriser

    async def add(self, store_id: str, name: str, address: str) -> dict[str, Any]:
        geo, category = await asyncio.gather(
            self.geocoder.locate(address), self.categoriser.category_for(name)
        )
        doc: dict[str, Any] = {
            "_id": store_id,
            "name": name,
            "address": address,
            "geo": geo,
            "category": category,
        }
        await self.locations.insert_one(doc)
        return doc
