# positive LW005: an aiohttp handler puts the order on an in-process asyncio.Queue (a worker inserts it later) and returns 201
import asyncio
import uuid

from aiohttp import web

routes = web.RouteTableDef()


async def order_writer(app: web.Application) -> None:
    queue: asyncio.Queue = app["orders"]
    while True:
        order = await queue.get()
        try:
            await app["pool"].execute(
                "INSERT INTO orders (id, customer, items) VALUES ($1, $2, $3)",
                order["id"],
                order["customer"],
                order["items"],
            )
        finally:
            queue.task_done()


@routes.post("/orders")
async def place_order(request: web.Request) -> web.Response:
    body = await request.json()
    order = {"id": uuid.uuid4().hex, "customer": body["customer"], "items": body["items"]}
    request.app["orders"].put_nowait(order)
    return web.json_response({"id": order["id"]}, status=201)


@routes.get("/orders/{order_id}")
async def get_order(request: web.Request) -> web.Response:
    row = await request.app["pool"].fetchrow(
        "SELECT * FROM orders WHERE id = $1", request.match_info["order_id"]
    )
    if row is None:
        raise web.HTTPNotFound()
    return web.json_response(dict(row))
