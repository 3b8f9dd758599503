"""Run a scan: discover files, read them, serve unchanged ones from the cache, analyse the
rest (in a process pool when there are many), and collect per-file results in path order."""

from __future__ import annotations

import fnmatch
import gc
import os
import stat
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from lostwrite.scan.analyze import analyze
from lostwrite.scan.cache import ResultCache, content_hash, stat_key
from lostwrite.scan.config import AnalysisOptions, Settings
from lostwrite.scan.discovery import discover
from lostwrite.scan.finding import FileResult, Finding

POOL_THRESHOLD = 48  # fewer files than this are analysed in-process
BATCH_SIZE = 8  # files per task sent to a worker process
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass
class ScanReport:
    """The outcome of a scan: one result per file (or unreadable path)."""

    results: list[FileResult] = field(default_factory=list)

    @property
    def files_scanned(self) -> int:
        return sum(1 for r in self.results if r.error is None)

    def findings(self) -> list[tuple[str, Finding]]:
        return [(r.path, f) for r in self.results for f in r.findings]

    def errors(self) -> list[tuple[str, str]]:
        return [(r.path, r.error) for r in self.results if r.error is not None]


def _read(path: str) -> tuple[bytes, list[int]]:
    """The file's bytes and its stat key (mtime, size, inode) for the cache's stat index."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(0, "not a regular file")
        if st.st_size > MAX_FILE_BYTES:
            raise OSError(0, f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB, skipped")
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks), stat_key(st)
    finally:
        os.close(fd)


Item = tuple[str, bytes]  # path, bytes


def _worker_init() -> None:
    """Worker processes parse one large tree after another, and analysis frees each tree as
    soon as it is done (no reference cycles survive it): collect garbage far less often than
    the default (every 700 allocations), which would traverse each fresh tree several times."""
    gc.freeze()
    gc.set_threshold(100_000, 50, 1000)


def _analyze_batch(options: AnalysisOptions, batch: list[Item]) -> list[FileResult]:
    return [analyze(path, data, options) for path, data in batch]


class _Analyzer:
    """Analyses files as discovery hands them over: in-process for a few files; past
    ``POOL_THRESHOLD`` in a process pool, in small batches submitted while discovery and
    reading go on."""

    def __init__(self, options: AnalysisOptions, jobs: int | None) -> None:
        self.options = options
        self.workers = max(1, jobs or os.cpu_count() or 1)
        self.buffer: list[Item] = []
        self.futures: list[Future[list[FileResult]]] = []
        self.pool: ProcessPoolExecutor | None = None

    def add(self, item: Item) -> None:
        self.buffer.append(item)
        if self.pool is None and self.workers > 1 and len(self.buffer) >= POOL_THRESHOLD:
            self.pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=get_context("fork"), initializer=_worker_init
            )
        if self.pool is not None and len(self.buffer) >= BATCH_SIZE:
            self._submit()

    def _submit(self) -> None:
        assert self.pool is not None
        self.futures.append(self.pool.submit(_analyze_batch, self.options, self.buffer))
        self.buffer = []

    def results(self) -> list[FileResult]:
        if self.pool is None:
            return _analyze_batch(self.options, self.buffer)
        if self.buffer:
            self._submit()
        try:
            return [result for future in self.futures for result in future.result()]
        finally:
            self.pool.shutdown()


def _ignored_codes(path: str, settings: Settings) -> frozenset[str]:
    if not settings.per_file_ignores:
        return frozenset()
    try:
        rel = Path(path).resolve().relative_to(settings.root).as_posix()
    except ValueError:
        rel = Path(path).as_posix()
    codes: set[str] = set()
    for glob, ignored in settings.per_file_ignores:
        if fnmatch.fnmatch(rel, glob) or fnmatch.fnmatch(rel, glob.rstrip("/") + "/*"):
            codes |= ignored
    return frozenset(codes)


def run_scan(
    paths: Iterable[str], settings: Settings, *, jobs: int | None = None, use_cache: bool = True
) -> ScanReport:
    """Scan ``paths`` (as the user spelled them) with ``settings``."""
    cache = (
        ResultCache(settings.root / ".lostwrite_cache", settings.cache_key()) if use_cache else None
    )
    results: dict[str, FileResult] = {}
    analyzer = _Analyzer(settings.options, jobs)
    digests: dict[str, str] = {}
    for item in discover(list(paths), settings.root, settings.exclude):
        if item.path in results:
            continue
        if item.error is not None:
            results[item.path] = FileResult(item.path, error=item.error)
            continue
        absolute = os.path.abspath(item.path)
        # Ex) an unchanged file (same mtime, size, inode): its result without reading it
        cached = cache.lookup_unchanged(absolute) if cache else None
        if cached is not None:
            results[item.path] = FileResult.from_cache(item.path, cached)
            continue
        try:
            data, key = _read(item.path)
        except OSError as exc:
            results[item.path] = FileResult(item.path, error=f"cannot read: {exc.strerror or exc}")
            continue
        if cache is not None:  # the content hash is only needed to key the cache
            digest = digests[item.path] = content_hash(data)
            cache.remember(absolute, key, digest)
        # Ex) a moved or touched file with the same contents: its result by content hash
        cached = cache.get(digest) if cache else None
        if cached is not None:
            results[item.path] = FileResult.from_cache(item.path, cached)
            continue
        # The byte prefilter runs in the workers too: this process only reads and hands over.
        analyzer.add((item.path, data))
    for result in analyzer.results():
        results[result.path] = result
        if cache is not None:
            cache.put(digests[result.path], result.to_cache())
    if cache is not None:
        cache.save()
    ordered = [results[p] for p in sorted(results)]
    for result in ordered:
        ignored = _ignored_codes(result.path, settings)
        if ignored:
            result.findings = [f for f in result.findings if f.code not in ignored]
            result.sites = [s for s in result.sites if s.code not in ignored]
    return ScanReport(ordered)
