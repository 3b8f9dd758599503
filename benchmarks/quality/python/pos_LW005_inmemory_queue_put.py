# positive LW005: the handler puts the order on an in-process asyncio.Queue (a writer task stores it later) and answers 201
import asyncio

from fastapi import FastAPI
from shop.db import orders_table

app = FastAPI()
write_queue: asyncio.Queue[dict] = asyncio.Queue()


async def writer() -> None:
    while True:
        order = await write_queue.get()
        await orders_table.insert(order)
        write_queue.task_done()


@app.post("/orders", status_code=201)
async def place_order(order: dict) -> dict:
    write_queue.put_nowait(order)
    return {"id": order["id"], "status": "placed"}
