# negative LW005: the write travels on a durable queue; the enqueue is awaited (confirmed) before a 202
# ruff: noqa: B008
from arq.connections import ArqRedis
from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse
from ingest.deps import get_arq

app = FastAPI()


@app.post("/imports")
async def start_import(spec: dict, arq: ArqRedis = Depends(get_arq)) -> JSONResponse:
    job = await arq.enqueue_job("import_rows", spec["source"], _job_id=spec["id"])
    if job is None:
        return JSONResponse({"error": "import already queued"}, status_code=409)
    return JSONResponse({"job": job.job_id, "status": "queued"}, status_code=202)
