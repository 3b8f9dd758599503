"""Shared harness for the JS/TS per-pattern fixture tests.

Each pattern has ``fixtures/<CODE>/positive/*`` and ``fixtures/<CODE>/negative/*`` (``.ts``,
``.tsx``, ``.js``, ``.mjs``…), one case per file. In a positive case every expected finding
is marked by a ``/*!*/`` comment placed right before the node where it must start, so the
exact line and column are part of the fixture; a negative case must produce no finding of
its code. ``fixtures/<CODE>/<CODE>.snap`` holds the full output over all cases (end positions,
fixability and messages included); ``LOSTWRITE_UPDATE_SNAPSHOTS=1`` rewrites it after an
intended change.
"""

from __future__ import annotations

import os
from pathlib import Path

from lostwrite.scan.analyze import analyze
from lostwrite.scan.config import AnalysisOptions
from lostwrite.scan.discovery import JS_SUFFIXES
from lostwrite.scan.finding import FileResult

FIXTURES = Path(__file__).parent / "fixtures"
MARKER = "/*!*/"


def cases(code: str, kind: str) -> list[Path]:
    folder = FIXTURES / code / kind
    return sorted(p for p in folder.iterdir() if p.suffix in JS_SUFFIXES)


def run(code: str, path: Path) -> FileResult:
    result = analyze(str(path), path.read_bytes(), AnalysisOptions(codes=frozenset({code})))
    assert result.error is None, result.error
    return result


def markers(path: Path) -> list[tuple[int, int]]:
    """1-based (line, character column) right after each ``/*!*/`` marker."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        start = line.find(MARKER)
        while start != -1:
            found.append((number, start + len(MARKER) + 1))
            start = line.find(MARKER, start + 1)
    return found


def positions(code: str, path: Path) -> list[tuple[int, int]]:
    return [(f.line, f.column) for f in run(code, path).findings if f.code == code]


def render(code: str, path: Path) -> list[str]:
    rel = path.relative_to(FIXTURES / code).as_posix()
    return [
        f"{rel}:{f.line}:{f.column}-{f.end_line}:{f.end_column}: {f.code}"
        f"{' [*]' if f.fix_available else ''} {f.message}"
        for f in run(code, path).findings
    ]


def check_snapshot(code: str) -> None:
    snapshot = FIXTURES / code / f"{code}.snap"
    paths = cases(code, "positive") + cases(code, "negative")
    output = "\n".join(line for path in paths for line in render(code, path)) + "\n"
    if os.environ.get("LOSTWRITE_UPDATE_SNAPSHOTS"):
        snapshot.write_text(output, encoding="utf-8")
    assert output == snapshot.read_text(encoding="utf-8")
