# Negative LW005: Litestar handler awaits the bookmark insert; the background task only invalidates a cache entry.
from __future__ import annotations

from dataclasses import dataclass
from uuid import uuid4

from litestar import Litestar, Response, post
from litestar.background_tasks import BackgroundTask
from reader.store import BookmarkStore
from redis.asyncio import Redis


@dataclass
class BookmarkIn:
    url: str
    title: str


async def bust_feed_cache(cache: Redis, user: str) -> None:
    await cache.delete(f"feed:{user}")


@post("/bookmarks")
async def add_bookmark(
    data: BookmarkIn, store: BookmarkStore, cache: Redis, user: str
) -> Response[dict[str, str]]:
    bookmark_id = uuid4()
    await store.insert(bookmark_id, data.url, data.title, [])
    return Response(
        {"id": str(bookmark_id)},
        status_code=201,
        background=BackgroundTask(bust_feed_cache, cache, user),
    )


app = Litestar(route_handlers=[add_bookmark])
