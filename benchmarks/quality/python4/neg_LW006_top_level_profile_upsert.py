# negative LW006: projection upserts a top-level `customer_profile` row (no parent, no foreign key) keyed by customer id
"""Customer profile read model (Motor), updated from the CRM event stream."""

from __future__ import annotations

from motor.motor_asyncio import AsyncIOMotorDatabase


async def on_customer_updated(db: AsyncIOMotorDatabase, event: dict) -> None:
    await db.customer_profile.update_one(
        {"_id": event["customer_id"]},
        {
            "$set": {"name": event["name"], "email": event["email"], "tier": event["tier"]},
            "$max": {"last_event_seq": event["seq"]},
        },
        upsert=True,
    )


async def on_customer_forgotten(db: AsyncIOMotorDatabase, event: dict) -> None:
    await db.customer_profile.delete_one({"_id": event["customer_id"]})


HANDLERS = {"CustomerUpdated": on_customer_updated, "CustomerForgotten": on_customer_forgotten}


async def project(db: AsyncIOMotorDatabase, event: dict) -> None:
    await HANDLERS[event["type"]](db, event)
