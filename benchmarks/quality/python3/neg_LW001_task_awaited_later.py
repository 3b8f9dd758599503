# Negative LW001: the shipment write runs in a task alongside the carrier call and is awaited before returning.
import asyncio
from dataclasses import dataclass

import asyncpg
import httpx


@dataclass
class Shipment:
    id: str
    order_id: str
    carrier: str


async def save_shipment(pool: asyncpg.Pool, shipment: Shipment) -> None:
    await pool.execute(
        "INSERT INTO shipments (id, order_id, carrier) VALUES ($1, $2, $3)",
        shipment.id,
        shipment.order_id,
        shipment.carrier,
    )


async def book_label(client: httpx.AsyncClient, shipment: Shipment) -> str:
    response = await client.post(
        "/labels", json={"shipment": shipment.id, "carrier": shipment.carrier}
    )
    response.raise_for_status()
    return response.json()["label_url"]


async def dispatch(pool: asyncpg.Pool, client: httpx.AsyncClient, shipment: Shipment) -> str:
    save = asyncio.create_task(save_shipment(pool, shipment))
    label_url = await book_label(client, shipment)
    await save
    return label_url
