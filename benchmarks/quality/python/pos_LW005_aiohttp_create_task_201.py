# positive LW005: an aiohttp handler spawns the INSERT with create_task and returns 201 immediately
# ruff: noqa: RUF006
import asyncio

from aiohttp import web


async def insert_booking(pool, booking: dict) -> None:
    await pool.execute(
        "INSERT INTO bookings (id, room, night) VALUES ($1, $2, $3)",
        booking["id"],
        booking["room"],
        booking["night"],
    )


async def book(request: web.Request) -> web.Response:
    booking = await request.json()
    asyncio.create_task(insert_booking(request.app["pool"], booking))
    return web.json_response({"id": booking["id"], "confirmed": True}, status=201)


app = web.Application()
app.router.add_post("/bookings", book)
