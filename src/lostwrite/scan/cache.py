"""The content-hash cache in ``.lostwrite_cache/``.

One file per (lostwrite version, detector sources, effective config) holds
``{content hash: file result}``: a file whose bytes are unchanged is not analysed again,
wherever it moved. A stat index (path -> mtime, size, inode, content hash) lets a warm scan
skip even reading files that did not change. The cache is an optimisation only: an unreadable
or corrupt cache file is ignored, a failed write is silent.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

import orjson

MAX_ENTRIES = 200_000


def stat_key(st: os.stat_result) -> list[int]:
    """What must be unchanged for a file's bytes to be presumed unchanged."""
    return [st.st_mtime_ns, st.st_size, st.st_ino]


def content_hash(data: bytes) -> str:
    """The cache key of a file's bytes."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


class ResultCache:
    """Loads the entries for one config key and saves the merged entries back atomically."""

    def __init__(self, directory: Path, key: str) -> None:
        self.path = directory / f"results-{key}.json"
        self.entries: dict[str, Any] = {}
        self.stats: dict[str, list[Any]] = {}
        self.dirty = False
        try:
            loaded = orjson.loads(self.path.read_bytes())
        except (OSError, orjson.JSONDecodeError):
            return
        if isinstance(loaded, dict):
            self.entries = loaded.get("results", {})
            self.stats = loaded.get("stat", {})

    def lookup_unchanged(self, path: str) -> Any | None:
        """The cached result of ``path`` if its stat key is the one recorded, else None."""
        recorded = self.stats.get(path)
        if recorded is None:
            return None
        try:
            current = stat_key(os.stat(path))
        except OSError:
            return None
        if recorded[:3] != current:
            return None
        return self.entries.get(recorded[3])

    def remember(self, path: str, key: list[int], digest: str) -> None:
        if self.stats.get(path) != [*key, digest]:
            self.stats[path] = [*key, digest]
            self.dirty = True

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
                    handle.write(orjson.dumps({"results": self.entries, "stat": self.stats}))
                os.replace(tmp, self.path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError:
            return  # a read-only checkout still scans, just without a cache
