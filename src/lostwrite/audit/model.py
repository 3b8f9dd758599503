"""The audit table: one row per write site the detectors examined, plus baselined findings
that disappeared (``fixed``), and the totals shown above the table."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from lostwrite.catalog import Catalog
from lostwrite.scan.baseline import BaselineEntry
from lostwrite.scan.engine import ScanReport

RISK_ORDER = {"critical": 0, "medium": 1, "low": 2}
STATUS_ORDER = {"at risk": 0, "fixed": 1, "ok": 2}


@dataclass(frozen=True)
class Row:
    """One audited write site."""

    path: str
    line: int
    column: int
    code: str
    slug: str
    call: str
    risk: str
    status: str  # "at risk", "ok" or "fixed"
    reason: str
    context: str

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Audit:
    """All rows, sorted for reading: at risk first, then by risk, path and line."""

    rows: list[Row] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)

    def totals(self) -> dict[str, dict[str, int]]:
        return {
            "status": dict(Counter(r.status for r in self.rows)),
            "risk": {k: v for k, v in Counter(r.risk for r in self.rows).items()},
            "pattern": dict(sorted(Counter(r.code for r in self.rows).items())),
        }

    def by_pattern(self) -> list[tuple[str, int, int, int]]:
        """(code, at risk, ok, fixed) per pattern."""
        table: dict[str, Counter[str]] = {}
        for row in self.rows:
            table.setdefault(row.code, Counter())[row.status] += 1
        return [(c, n["at risk"], n["ok"], n["fixed"]) for c, n in sorted(table.items())]


def build_audit(
    report: ScanReport, catalog: Catalog, gone: list[BaselineEntry] | None = None
) -> Audit:
    """Rows from the sites every detector recorded during the scan (no second analysis)."""
    audit = Audit(errors=report.errors())

    def slug(code: str) -> str:
        pattern = catalog.find(code)
        return pattern.slug if pattern else ""

    for result in report.results:
        for site in result.sites:
            audit.rows.append(
                Row(
                    path=result.path,
                    line=site.line,
                    column=site.column,
                    code=site.code,
                    slug=slug(site.code),
                    call=site.call,
                    risk=site.risk,
                    status=site.verdict,
                    reason=site.reason,
                    context=site.context,
                )
            )
    for entry in gone or []:
        code, path, context, _ = entry.key
        pattern = catalog.find(code)
        audit.rows.append(
            Row(
                path=path,
                line=entry.line,
                column=entry.column,
                code=code,
                slug=slug(code),
                call="",
                risk="critical" if pattern and pattern.severity >= 8 else "medium",
                status="fixed",
                reason="in the baseline, no longer reported",
                context=context,
            )
        )
    audit.rows.sort(
        key=lambda r: (STATUS_ORDER[r.status], RISK_ORDER.get(r.risk, 3), r.path, r.line, r.code)
    )
    return audit
