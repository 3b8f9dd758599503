# negative LW006: page-view counters are upserted per URL; there is no parent table or foreign key, so no delete can orphan them
import asyncpg


async def page_viewed(conn: asyncpg.Connection, event: dict) -> None:
    await conn.execute(
        "INSERT INTO page_views (url, day, views) VALUES ($1, $2, 1) "
        "ON CONFLICT (url, day) DO UPDATE SET views = page_views.views + 1",
        event["url"],
        event["day"],
    )


async def handle(pool: asyncpg.Pool, event: dict) -> None:
    if event["type"] == "PageViewed":
        async with pool.acquire() as conn:
            await page_viewed(conn, event)
