"""GitHub Actions workflow commands: one ``::error``/``::warning`` annotation per finding."""

from __future__ import annotations

from lostwrite.catalog import Catalog
from lostwrite.scan.engine import ScanReport


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def render(report: ScanReport, catalog: Catalog) -> str:
    lines = []
    for path, f in report.findings():
        pattern = catalog.find(f.code)
        level = "error" if pattern is None or pattern.severity >= 7 else "warning"
        title = f"{f.code} {pattern.slug}" if pattern else f.code
        lines.append(
            f"::{level} file={_prop(path)},line={f.line},col={f.column},"
            f"endLine={f.end_line},endColumn={f.end_column},title={_prop(title)}::{_data(f.message)}"
        )
    for path, message in report.errors():
        lines.append(f"::error file={_prop(path)},title=lostwrite could not scan::{_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")
