"""Modules imported by relative path, for evidence that lives in another file of the project.

LW002 uses this to find the middleware a handler file installs (``app.use("*", withSql)`` with
``import { withSql } from "../middleware/db"``). The imported file is read and parsed at most
once per process and version of the file; anything that cannot be resolved, read or parsed is
simply not evidence. Note that the scan cache keys a result by the content of the file it
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
