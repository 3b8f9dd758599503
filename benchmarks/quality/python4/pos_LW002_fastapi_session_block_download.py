# positive LW002: a download counter task is spawned on the AsyncSession inside `async with`, and the block closes the session right after
"""Release downloads (FastAPI + SQLAlchemy async ORM)."""

from __future__ import annotations

import asyncio

from fastapi import FastAPI, HTTPException
from fastapi.responses import RedirectResponse
from releases.db import SessionLocal
from releases.models import Download, Release
from sqlalchemy.ext.asyncio import AsyncSession

app = FastAPI()


async def record_download(session: AsyncSession, release_id: int, client: str) -> None:
    session.add(Download(release_id=release_id, client=client))
    await session.commit()


@app.get("/releases/{release_id}/download")
async def download(release_id: int, client: str = "web") -> RedirectResponse:
    async with SessionLocal() as session:
        release = await session.get(Release, release_id)
        if release is None:
            raise HTTPException(404)
        asyncio.create_task(record_download(session, release_id, client))  # noqa: RUF006
        url = release.artifact_url
    return RedirectResponse(url)
