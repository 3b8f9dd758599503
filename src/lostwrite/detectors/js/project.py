"""Modules imported by relative path, for evidence that lives in another file of the project.

LW002 uses this to find the middleware a handler file installs (``app.use("*", withSql)`` with
``import { withSql } from "../middleware/db"``), and, the other way round, the app file that
imports a routes file and installs the middleware around it (``importers``). Another file is
read and parsed at most once per process and version of the file; anything that cannot be
resolved, read or parsed is simply not evidence. Note that the scan cache keys a result by the content of the file it
belongs to, so a change in the imported file alone refreshes this evidence only on a
``--no-cache`` run.
"""

from __future__ import annotations

import os
from functools import lru_cache

from lostwrite.detectors.js.context import JsContext
from lostwrite.detectors.js.parser import JsSyntaxError, parse
from lostwrite.scan.config import AnalysisOptions

SUFFIXES = ("", ".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs", ".jsx")
INDEXES = ("index.ts", "index.tsx", "index.js", "index.mjs")
MAX_BYTES = 1 << 20


def resolve(importer: str, spec: str) -> str | None:
    """The file a relative import ``spec`` in ``importer`` refers to, if it exists."""
    if not spec.startswith("."):
        return None
    base = os.path.normpath(os.path.join(os.path.dirname(importer), spec))
    stem, extension = os.path.splitext(base)
    candidates = [base + suffix for suffix in SUFFIXES]
    if extension in (".js", ".mjs", ".cjs"):  # TypeScript ESM imports name the emitted .js
        candidates += [stem + ".ts", stem + ".mts", stem + ".cts", stem + ".tsx"]
    candidates += [os.path.join(base, name) for name in INDEXES]
    return next((c for c in candidates if os.path.isfile(c)), None)


def imported_context(ctx: JsContext, spec: str) -> JsContext | None:
    """The parsed context of the module ``spec`` imported by ``ctx``, or None."""
    path = resolve(ctx.path, spec)
    if path is None or os.path.abspath(path) == os.path.abspath(ctx.path):
        return None
    try:
        stat = os.stat(path)
    except OSError:
        return None
    if stat.st_size > MAX_BYTES:
        return None
    return _load(path, stat.st_mtime_ns, stat.st_size, ctx.options)


@lru_cache(maxsize=512)
def module_bytes(path: str) -> bytes:
    """The first MiB of an imported module (b"" if unreadable), read once per process: for
    cheap byte tests before parsing it, if ever."""
    try:
        with open(path, "rb") as handle:
            return handle.read(1 << 20)
    except OSError:
        return b""


@lru_cache(maxsize=128)
def _load(path: str, mtime_ns: int, size: int, options: AnalysisOptions) -> JsContext | None:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
        text = data.decode("utf-8-sig")
        tree, grammar = parse(path, data)
    except (OSError, UnicodeDecodeError, JsSyntaxError):
        return None
    return JsContext(path, text, data, tree, grammar, options)


NEARBY_LEVELS = 3  # the file's own folder and the two above it
MAX_NEARBY_FILES = 200
SKIPPED_FOLDERS = frozenset({"node_modules", "dist", "build", ".git", ".next", "coverage"})


def importers(ctx: JsContext) -> list[JsContext]:
    """Files near ``ctx`` (its folder and the two above it, as an app's ``index.ts`` sits above
    its ``routes/``) that import it by relative path, parsed. Only files that mention the
    imported module's name are read past their bytes."""
    target = os.path.abspath(ctx.path)
    stem = os.path.splitext(os.path.basename(target))[0]
    if stem == "index":
        stem = os.path.basename(os.path.dirname(target))
    token = stem.encode()
    found: list[JsContext] = []
    for path in _nearby(os.path.dirname(target)):
        if path == target:
            continue
        try:
            stat = os.stat(path)
        except OSError:
            continue
        if stat.st_size > MAX_BYTES or not _mentions(path, stat.st_mtime_ns, stat.st_size, token):
            continue
        other = _load(path, stat.st_mtime_ns, stat.st_size, ctx.options)
        if other is not None and any(
            resolve(path, module.split("#", 1)[0]) == target
            for module in other.index.imports.values()
            if module.startswith(".")
        ):
            found.append(other)
    return found


@lru_cache(maxsize=64)
def _nearby(folder: str) -> tuple[str, ...]:
    paths: list[str] = []
    for _ in range(NEARBY_LEVELS):
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            break
        paths += [
            os.path.join(folder, name)
            for name in names
            if os.path.splitext(name)[1] in SUFFIXES[1:] and not name.endswith(".d.ts")
        ]
        parent = os.path.dirname(folder)
        if parent == folder or os.path.basename(folder) in SKIPPED_FOLDERS:
            break
        folder = parent
    return tuple(paths[:MAX_NEARBY_FILES])


@lru_cache(maxsize=1024)
def _mentions(path: str, mtime_ns: int, size: int, token: bytes) -> bool:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError:
        return False
    return token in data and (b"import" in data or b"require(" in data)
