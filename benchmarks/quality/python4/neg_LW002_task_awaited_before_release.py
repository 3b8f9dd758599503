# negative LW002: the INSERT task overlaps with a password check but is awaited before `finally` releases the connection
"""Session login endpoint (Starlette + asyncpg)."""

from __future__ import annotations

import asyncio

import asyncpg
from starlette.requests import Request
from starlette.responses import JSONResponse


async def write_login_attempt(conn: asyncpg.Connection, email: str, ip: str) -> None:
    await conn.execute(
        "INSERT INTO login_attempts (email, ip, at) VALUES ($1, $2, now())", email, ip
    )


async def login(request: Request) -> JSONResponse:
    pool: asyncpg.Pool = request.app.state.pool
    form = await request.json()
    conn = await pool.acquire()
    try:
        attempt = asyncio.create_task(write_login_attempt(conn, form["email"], request.client.host))
        hasher = request.app.state.hasher
        try:
            ok = await asyncio.to_thread(hasher.verify_by_email, form["email"], form["password"])
        finally:
            await attempt  # on every path, before the connection goes back to the pool
        if not ok:
            return JSONResponse({"error": "invalid credentials"}, status_code=401)
        return JSONResponse({"ok": True})
    finally:
        await pool.release(conn)
