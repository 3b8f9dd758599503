# positive LW002: the login-event INSERT is scheduled on an acquired asyncpg connection that `finally` releases to the pool at once
"""Session login endpoint (Starlette + asyncpg)."""

from __future__ import annotations

import asyncio
import logging

import asyncpg
from starlette.requests import Request
from starlette.responses import JSONResponse

log = logging.getLogger(__name__)


async def write_login_event(conn: asyncpg.Connection, user_id: int, ip: str) -> None:
    await conn.execute(
        "INSERT INTO login_events (user_id, ip, at) VALUES ($1, $2, now())", user_id, ip
    )


async def login(request: Request) -> JSONResponse:
    pool: asyncpg.Pool = request.app.state.pool
    form = await request.json()
    conn = await pool.acquire()
    try:
        user = await conn.fetchrow("SELECT id, pw_hash FROM users WHERE email = $1", form["email"])
        if user is None or not request.app.state.hasher.verify(user["pw_hash"], form["password"]):
            return JSONResponse({"error": "invalid credentials"}, status_code=401)
        task = asyncio.create_task(write_login_event(conn, user["id"], request.client.host))
        task.add_done_callback(lambda t: t.exception() and log.warning("login event failed"))
        return JSONResponse({"user": user["id"]})
    finally:
        await pool.release(conn)
