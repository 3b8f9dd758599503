"""The JSON contract of DESIGN.md section 2: exactly one object per run."""

from __future__ import annotations

from typing import Any

import orjson

from lostwrite import __version__
from lostwrite.catalog import Catalog
from lostwrite.scan.engine import ScanReport


def as_object(report: ScanReport, catalog: Catalog) -> dict[str, Any]:
    findings = []
    for path, f in report.findings():
        pattern = catalog.find(f.code)
        findings.append(
            {
                "code": f.code,
                "slug": pattern.slug if pattern else "",
                "path": path,
                "line": f.line,
                "column": f.column,
                "end_line": f.end_line,
                "end_column": f.end_column,
                "severity": pattern.severity if pattern else 0,
                "message": f.message,
                "fix_available": f.fix_available,
                "context": f.context,
                "snippet": f.snippet,
            }
        )
    return {
        "version": __version__,
        "findings": findings,
        "errors": [{"path": p, "message": m} for p, m in report.errors()],
        "files_scanned": report.files_scanned,
    }


def render(report: ScanReport, catalog: Catalog) -> str:
    return orjson.dumps(as_object(report, catalog), option=orjson.OPT_INDENT_2).decode() + "\n"
