"""The shared harness of every per-rule fixture test (``test_lw*.py``): cases and snapshots.

Each rule has ``fixtures/<CODE>/positive/*.py`` (each must be flagged), ``negative/*.py``
(each must be clean) and ``<CODE>.snap``: the full output, one line per finding with exact
line and column ranges, compared byte for byte (``LOSTWRITE_UPDATE_SNAPSHOTS=1`` rewrites it).
"""

from __future__ import annotations

import os
from pathlib import Path

from lostwrite.scan.analyze import analyze
from lostwrite.scan.config import AnalysisOptions
from lostwrite.scan.finding import FileResult

FIXTURES = Path(__file__).parent / "fixtures"


def cases(code: str, kind: str) -> list[Path]:
    return sorted((FIXTURES / code / kind).glob("*.py"))


def run(code: str, path: Path, write_calls: tuple[str, ...] = ()) -> FileResult:
    options = AnalysisOptions(codes=frozenset({code}), write_calls=write_calls)
    result = analyze(str(path), path.read_bytes(), options)
    assert result.error is None, result.error
    return result


def render(code: str, path: Path) -> list[str]:
    rel = path.relative_to(FIXTURES / code).as_posix()
    return [
        f"{rel}:{f.line}:{f.column}-{f.end_line}:{f.end_column}: {f.code}"
        f"{' [*]' if f.fix_available else ''} {f.message}"
        for f in run(code, path).findings
    ]


def check_snapshot(code: str) -> None:
    paths = cases(code, "positive") + cases(code, "negative")
    output = "\n".join(line for path in paths for line in render(code, path)) + "\n"
    snapshot = FIXTURES / code / f"{code}.snap"
    if os.environ.get("LOSTWRITE_UPDATE_SNAPSHOTS"):
        snapshot.write_text(output, encoding="utf-8")
    assert output == snapshot.read_text(encoding="utf-8")
