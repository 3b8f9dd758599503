"""Plan and apply fixes file by file, never overwriting a file that changed since it was read.

Each file with fixable findings is read again and re-analysed, so the positions the fixers
rely on belong to exactly the bytes being rewritten; the result is written atomically (temp
file + fsync + rename, permissions kept) only if the file still holds those bytes.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from lostwrite.errors import SourceError
from lostwrite.scan.analyze import analyze, decode
from lostwrite.scan.config import AnalysisOptions
from lostwrite.scan.discovery import language_of
from lostwrite.scan.engine import ScanReport
from lostwrite.scan.finding import Finding
from lostwrite.scan.rewrite import replace_if_unchanged


@dataclass(frozen=True)
class FilePlan:
    """The rewrite of one file: its original bytes and the fixed text."""

    path: str
    original: bytes
    fixed: str
    count: int

    def diff(self) -> str:
        before = self.original.decode("utf-8-sig").splitlines(keepends=True)
        after = self.fixed.splitlines(keepends=True)
        return "".join(difflib.unified_diff(before, after, f"a/{self.path}", f"b/{self.path}"))


def _fix_text(path: str, text: str, findings: list[Finding]) -> tuple[str, int]:
    if language_of(path) == "python":
        from lostwrite.fix.python import fix_source
    else:
        from lostwrite.fix.js import fix_source
    return fix_source(path, text, findings)


def plan(report: ScanReport, options: AnalysisOptions) -> tuple[list[FilePlan], list[str]]:
    """The rewrites for every file with a fixable finding, and warnings for skipped files."""
    plans: list[FilePlan] = []
    warnings: list[str] = []
    for result in report.results:
        if not any(f.fix_available for f in result.findings):
            continue
        try:
            with open(result.path, "rb") as handle:
                original = handle.read()
            text = decode(original)
        except (OSError, SourceError) as exc:
            warnings.append(f"{result.path}: not fixed: {exc}")
            continue
        fresh = analyze(result.path, original, options)
        fixed, count = _fix_text(result.path, text, fresh.findings)
        if count and fixed != text:
            plans.append(FilePlan(result.path, original, fixed, count))
    return plans, warnings


def write(plans: list[FilePlan]) -> tuple[int, list[str]]:
    """Write the plans whose files are unchanged on disk; returns (fixes applied, warnings)."""
    applied = 0
    warnings: list[str] = []
    for file_plan in plans:
        bom = b"\xef\xbb\xbf" if file_plan.original.startswith(b"\xef\xbb\xbf") else b""
        updated = bom + file_plan.fixed.encode("utf-8")
        problem = replace_if_unchanged(file_plan.path, file_plan.original, updated)
        if problem is not None:
            warnings.append(f"{file_plan.path}: not fixed: {problem}")
            continue
        applied += file_plan.count
    return applied, warnings
