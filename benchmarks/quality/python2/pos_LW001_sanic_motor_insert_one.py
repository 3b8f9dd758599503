# positive LW001: Sanic handler starts db.audit.insert_one(...) via get_running_loop().create_task and drops it
# ruff: noqa: RUF006
import asyncio
from datetime import UTC, datetime

from motor.motor_asyncio import AsyncIOMotorClient
from sanic import Request, Sanic
from sanic.response import json

app = Sanic("bookshelf")


@app.before_server_start
async def connect(app: Sanic, _loop) -> None:
    app.ctx.mongo = AsyncIOMotorClient(app.config.MONGO_URL)
    app.ctx.db = app.ctx.mongo["bookshelf"]


@app.get("/books/<isbn>")
async def get_book(request: Request, isbn: str):
    book = await request.app.ctx.db.books.find_one({"isbn": isbn}, {"_id": 0})
    return json(book or {}, status=200 if book else 404)


@app.patch("/books/<isbn>")
async def update_book(request: Request, isbn: str):
    db = request.app.ctx.db
    changes = {k: v for k, v in request.json.items() if k in {"title", "shelf"}}
    await db.books.update_one({"isbn": isbn}, {"$set": changes})
    loop = asyncio.get_running_loop()
    loop.create_task(
        db.audit.insert_one({"isbn": isbn, "changes": changes, "at": datetime.now(UTC)})
    )
    return json({"isbn": isbn, **changes})
