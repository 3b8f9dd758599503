"""The content-hash cache in ``.lostwrite_cache/``.

One file per (lostwrite version, effective config) holds ``{content hash: file result}``.
A file whose bytes are unchanged is not analysed again, wherever it moved. The cache is an
optimisation only: an unreadable or corrupt cache file is ignored, a failed write is silent.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

import orjson

MAX_ENTRIES = 200_000


def content_hash(data: bytes) -> str:
    """The cache key of a file's bytes."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


class ResultCache:
    """Loads the entries for one config key and saves the merged entries back atomically."""

    def __init__(self, directory: Path, key: str) -> None:
        self.path = directory / f"results-{key}.json"
        self.entries: dict[str, Any] = {}
        self.dirty = False
        try:
            loaded = orjson.loads(self.path.read_bytes())
        except (OSError, orjson.JSONDecodeError):
            return
        if isinstance(loaded, dict):
            self.entries = loaded

    def get(self, digest: str) -> Any | None:
        return self.entries.get(digest)

    def put(self, digest: str, value: Any) -> None:
        self.entries[digest] = value
        self.dirty = True

    def save(self) -> None:
        if not self.dirty:
            return
        if len(self.entries) > MAX_ENTRIES:  # drop the oldest insertions
            keep = list(self.entries.items())[-MAX_ENTRIES:]
            self.entries = dict(keep)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            gitignore = self.path.parent / ".gitignore"
            if not gitignore.exists():
                gitignore.write_text("# created by lostwrite\n*\n", encoding="utf-8")
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".results-")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(orjson.dumps(self.entries))
                os.replace(tmp, self.path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError:
            return  # a read-only checkout still scans, just without a cache
