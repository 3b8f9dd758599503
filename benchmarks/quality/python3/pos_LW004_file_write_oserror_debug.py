# Positive LW004: upload handler writes the blob to disk, logs OSError at DEBUG and reports the upload as stored.
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from sanic import Request, Sanic, json

app = Sanic("attachments")
logger = logging.getLogger("attachments")
STORE = Path("/srv/attachments")


def blob_path(digest: str) -> Path:
    return STORE / digest[:2] / digest


@app.post("/attachments")
async def upload(request: Request):
    data = request.body
    digest = hashlib.sha256(data).hexdigest()
    target = blob_path(digest)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    except OSError as exc:
        logger.debug("could not store %s: %s", digest, exc)
    return json({"id": digest, "size": len(data)}, status=201)
