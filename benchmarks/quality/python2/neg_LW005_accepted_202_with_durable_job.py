# negative LW005: the export job row is inserted (awaited) first and the handler answers 202 Accepted with a status URL
import uuid

from aiohttp import web


async def request_export(request: web.Request) -> web.Response:
    body = await request.json()
    job_id = str(uuid.uuid4())
    await request.app["pool"].execute(
        "INSERT INTO export_jobs (id, account, state) VALUES ($1, $2, 'queued')",
        job_id,
        body["account"],
    )
    return web.json_response(
        {"job": job_id, "status_url": f"/exports/{job_id}"},
        status=202,
        headers={"Location": f"/exports/{job_id}"},
    )


async def export_status(request: web.Request) -> web.Response:
    row = await request.app["pool"].fetchrow(
        "SELECT state FROM export_jobs WHERE id = $1", request.match_info["job_id"]
    )
    return web.json_response({"state": row["state"]})
