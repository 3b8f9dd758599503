# Positive LW005: Litestar handler returns 201 with the bookmark write scheduled as a response background task.
from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID, uuid4

from litestar import Litestar, Response, post
from litestar.background_tasks import BackgroundTask
from reader.store import BookmarkStore


@dataclass
class BookmarkIn:
    url: str
    title: str
    tags: list[str]


async def persist_bookmark(store: BookmarkStore, bookmark_id: UUID, data: BookmarkIn) -> None:
    await store.insert(bookmark_id, data.url, data.title, data.tags)


@post("/bookmarks")
async def add_bookmark(data: BookmarkIn, store: BookmarkStore) -> Response[dict[str, str]]:
    bookmark_id = uuid4()
    return Response(
        {"id": str(bookmark_id), "url": data.url},
        status_code=201,
        background=BackgroundTask(persist_bookmark, store, bookmark_id, data),
    )


app = Litestar(route_handlers=[add_bookmark])
