# positive LW002: a FastAPI dependency closes its asyncpg connection in `finally` while the route's spawned INSERT still needs it
import asyncio
from collections.abc import AsyncIterator
from typing import Annotated

import asyncpg
from fastapi import Depends, FastAPI

app = FastAPI()
app.state.inflight = set()


async def get_conn() -> AsyncIterator[asyncpg.Connection]:
    conn = await asyncpg.connect(dsn="postgresql://app@db/app")
    try:
        yield conn
    finally:
        await conn.close()


async def bump_counter(conn: asyncpg.Connection, slug: str) -> None:
    await conn.execute(
        "INSERT INTO page_hits (slug, hits) VALUES ($1, 1) "
        "ON CONFLICT (slug) DO UPDATE SET hits = page_hits.hits + 1",
        slug,
    )


@app.get("/pages/{slug}")
async def show_page(slug: str, conn: Annotated[asyncpg.Connection, Depends(get_conn)]) -> dict:
    page = await conn.fetchrow("SELECT slug, title, body FROM pages WHERE slug = $1", slug)
    task = asyncio.create_task(bump_counter(conn, slug))
    app.state.inflight.add(task)
    task.add_done_callback(app.state.inflight.discard)
    return dict(page)
