# positive LW005: Starlette JSONResponse(..., background=BackgroundTask(save_order, order)) answers 201 before the insert
from shop.db import database
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse


async def save_order(order: dict) -> None:
    await database.execute(
        "INSERT INTO orders (id, customer, total) VALUES (:id, :customer, :total)", values=order
    )


async def create_order(request: Request) -> JSONResponse:
    body = await request.json()
    order = {"id": body["id"], "customer": body["customer"], "total": body["total"]}
    return JSONResponse(
        {"id": order["id"], "status": "created"},
        status_code=201,
        background=BackgroundTask(save_order, order),
    )
