# Negative LW005: report endpoint persists the job row (awaited) and answers 202 Accepted with a status URL.
from __future__ import annotations

from uuid import uuid4

from fastapi import BackgroundTasks, FastAPI, Request
from fastapi.responses import JSONResponse
from reports.jobs import JobStore, run_report

app = FastAPI()
jobs = JobStore.from_env()


@app.post("/reports")
async def request_report(request: Request, background: BackgroundTasks) -> JSONResponse:
    params = await request.json()
    job_id = str(uuid4())
    await jobs.create(job_id, kind=params["kind"], params=params, status="queued")
    background.add_task(run_report, jobs, job_id)
    return JSONResponse(
        {"job": job_id, "status": "queued"},
        status_code=202,
        headers={"Location": f"/reports/{job_id}"},
    )


@app.get("/reports/{job_id}")
async def report_status(job_id: str) -> dict[str, object]:
    return await jobs.get(job_id)
