# positive LW002: route spawns an audit write on the connection from a yield-dependency whose `finally` closes it after the response
"""Feature-flag admin API (FastAPI + psycopg 3 async)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated

import psycopg
from fastapi import Depends, FastAPI
from pydantic import BaseModel

DSN = "postgresql://flags@db/flags"
app = FastAPI()


async def get_conn() -> AsyncIterator[psycopg.AsyncConnection]:
    conn = await psycopg.AsyncConnection.connect(DSN, autocommit=True)
    try:
        yield conn
    finally:
        await conn.close()


Conn = Annotated[psycopg.AsyncConnection, Depends(get_conn)]


class FlagChange(BaseModel):
    enabled: bool
    actor: str


async def audit(conn: psycopg.AsyncConnection, flag: str, change: FlagChange) -> None:
    await conn.execute(
        "INSERT INTO flag_audit (flag, enabled, actor) VALUES (%s, %s, %s)",
        (flag, change.enabled, change.actor),
    )


@app.put("/flags/{flag}")
async def set_flag(flag: str, change: FlagChange, conn: Conn) -> dict[str, object]:
    await conn.execute("UPDATE flags SET enabled = %s WHERE name = %s", (change.enabled, flag))
    asyncio.create_task(audit(conn, flag, change))  # noqa: RUF006
    return {"flag": flag, "enabled": change.enabled}
