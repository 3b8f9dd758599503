# negative LW002: the background view write opens its own session inside the task; the request session is never shared with it
"""Release downloads (FastAPI): counting happens off the request path on its own session."""

from __future__ import annotations

import asyncio
import logging

from fastapi import FastAPI, HTTPException
from fastapi.responses import RedirectResponse
from releases.db import SessionLocal
from releases.models import Download, Release

log = logging.getLogger(__name__)
app = FastAPI()
_inflight: set[asyncio.Task[None]] = set()


async def record_download(release_id: int, client: str) -> None:
    async with SessionLocal() as own_session:
        own_session.add(Download(release_id=release_id, client=client))
        await own_session.commit()


def _done(task: asyncio.Task[None]) -> None:
    _inflight.discard(task)
    if not task.cancelled() and task.exception() is not None:
        log.error("download counter failed", exc_info=task.exception())


@app.on_event("shutdown")
async def drain() -> None:
    await asyncio.gather(*_inflight, return_exceptions=True)


@app.get("/releases/{release_id}/download")
async def download(release_id: int, client: str = "web") -> RedirectResponse:
    async with SessionLocal() as session:
        release = await session.get(Release, release_id)
        if release is None:
            raise HTTPException(404)
        url = release.artifact_url
    task = asyncio.create_task(record_download(release_id, client))
    _inflight.add(task)
    task.add_done_callback(_done)
    return RedirectResponse(url)
