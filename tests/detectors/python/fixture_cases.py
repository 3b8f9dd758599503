"""Shared harness for the per-pattern fixture tests: render findings, compare a snapshot.

Each pattern has ``fixtures/<CODE>/positive/*.py`` (each must be flagged),
``fixtures/<CODE>/negative/*.py`` (none may be) and ``fixtures/<CODE>/<CODE>.snap``: the full
output over all cases, lines, columns and messages included. Set
``LOSTWRITE_UPDATE_SNAPSHOTS=1`` to rewrite a snapshot after an intended change.
"""

from __future__ import annotations

import os
from pathlib import Path

from lostwrite.scan.analyze import analyze
from lostwrite.scan.config import AnalysisOptions

ROOT = Path(__file__).parent / "fixtures"


class FixtureCases:
    """The fixture cases of one pattern code."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.root = ROOT / code
        self.options = AnalysisOptions(codes=frozenset({code}))
        self.positives = sorted((self.root / "positive").glob("*.py"))
        self.negatives = sorted((self.root / "negative").glob("*.py"))

    def render(self, path: Path) -> list[str]:
        result = analyze(str(path), path.read_bytes(), self.options)
        assert result.error is None, result.error
        rel = path.relative_to(self.root).as_posix()
        return [
            f"{rel}:{f.line}:{f.column}-{f.end_line}:{f.end_column}: {f.code}"
            f"{' [*]' if f.fix_available else ''} {f.message}"
            for f in result.findings
        ]

    def check_snapshot(self) -> None:
        snapshot = self.root / f"{self.code}.snap"
        lines = [line for path in self.positives + self.negatives for line in self.render(path)]
        output = "\n".join(lines) + "\n"
        if os.environ.get("LOSTWRITE_UPDATE_SNAPSHOTS"):
            snapshot.write_text(output, encoding="utf-8")
        assert output == snapshot.read_text(encoding="utf-8")
