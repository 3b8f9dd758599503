# negative LW003: a downloader streams an artifact into a new file under a unique name
import uuid
from pathlib import Path

import httpx


def download(url: str, dest_dir: Path) -> Path:
    dest = dest_dir / f"{uuid.uuid4().hex}.bin"
    with httpx.stream("GET", url, follow_redirects=True) as resp, dest.open("wb") as fh:
        resp.raise_for_status()
        for chunk in resp.iter_bytes():
            fh.write(chunk)
    return dest
