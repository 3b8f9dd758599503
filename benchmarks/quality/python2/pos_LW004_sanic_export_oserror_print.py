# positive LW004: a Sanic handler writes an uploaded document to the archive volume; OSError is printed and the handler answers ok
from pathlib import Path

from sanic import Request, Sanic
from sanic.response import json

app = Sanic("archive")
ARCHIVE = Path("/mnt/archive")


def archive_path(tenant: str, name: str) -> Path:
    safe = name.replace("/", "_")
    return ARCHIVE / tenant / safe


@app.post("/archive/<tenant>/<name>")
async def archive_document(request: Request, tenant: str, name: str):
    target = archive_path(tenant, name)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "xb") as fh:
            fh.write(request.body)
    except OSError as exc:
        print(f"archive write failed for {target}: {exc}")
    return json({"archived": str(target)})
