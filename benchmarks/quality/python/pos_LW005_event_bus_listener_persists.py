# positive LW005: the route emits "order.created" and the listener that stores the order runs later; the route answers 201
from fastapi import FastAPI
from pyee.asyncio import AsyncIOEventEmitter
from shop.db import orders

app = FastAPI()
bus = AsyncIOEventEmitter()


@bus.on("order.created")
async def store_order(order: dict) -> None:
    await orders.insert_one(order)


@app.post("/orders", status_code=201)
async def create_order(order: dict) -> dict:
    bus.emit("order.created", order)
    return {"id": order["id"]}
