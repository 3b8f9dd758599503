# negative LW005: 202 Accepted with a status URL; the job row is inserted and committed (awaited) before answering, the heavy work runs later
"""Video transcoding API (FastAPI + asyncpg)."""

from __future__ import annotations

import uuid

import asyncpg
from fastapi import BackgroundTasks, FastAPI, Request
from fastapi.responses import JSONResponse
from transcode.worker import run_transcode

app = FastAPI()


@app.post("/transcodes")
async def request_transcode(request: Request, background: BackgroundTasks) -> JSONResponse:
    body = await request.json()
    job_id = str(uuid.uuid4())
    pool: asyncpg.Pool = request.app.state.pool
    async with pool.acquire() as conn:
        await conn.execute(
            "INSERT INTO transcode_jobs (id, source_url, preset, state) VALUES ($1, $2, $3, 'queued')",
            job_id,
            body["source_url"],
            body.get("preset", "720p"),
        )
    background.add_task(run_transcode, pool, job_id)
    return JSONResponse(
        {"job": job_id, "status_url": f"/transcodes/{job_id}"},
        status_code=202,
        headers={"Location": f"/transcodes/{job_id}"},
    )


@app.get("/transcodes/{job_id}")
async def job_status(job_id: str, request: Request) -> dict:
    row = await request.app.state.pool.fetchrow(
        "SELECT state, output_url FROM transcode_jobs WHERE id = $1", job_id
    )
    return dict(row) if row else {"state": "unknown"}
