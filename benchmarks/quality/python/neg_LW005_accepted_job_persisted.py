# negative LW005: 202 Accepted with a status URL; the job row is stored (awaited) before answering, the processing is async
import uuid

from fastapi import BackgroundTasks, FastAPI
from fastapi.responses import JSONResponse
from reports.db import jobs
from reports.render import render_report

app = FastAPI()


async def run_job(job_id: str) -> None:
    result = await render_report(job_id)
    await jobs.update(job_id, {"state": "done", "result": result})


@app.post("/reports")
async def request_report(spec: dict, background: BackgroundTasks) -> JSONResponse:
    job_id = uuid.uuid4().hex
    await jobs.insert({"id": job_id, "spec": spec, "state": "queued"})
    background.add_task(run_job, job_id)
    return JSONResponse({"job": job_id, "status_url": f"/reports/{job_id}"}, status_code=202)
