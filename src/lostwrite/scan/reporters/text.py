"""Human-readable output: ``path:line:col: CODE message`` per finding, then a summary."""

from __future__ import annotations

from lostwrite.catalog import Catalog
from lostwrite.scan.engine import ScanReport


def render(report: ScanReport, catalog: Catalog) -> str:
    lines = []
    fixable = 0
    for path, finding in report.findings():
        marker = " [*]" if finding.fix_available else ""
        fixable += finding.fix_available
        lines.append(
            f"{path}:{finding.line}:{finding.column}: {finding.code}{marker} {finding.message}"
        )
    for path, message in report.errors():
        lines.append(f"{path}: error: {message}")
    count = len(report.findings())
    files = report.files_scanned
    summary = f"Found {count} finding{'s' if count != 1 else ''} in {files} file{'s' if files != 1 else ''} scanned"
    if fixable:
        summary += f" ({fixable} fixable with `lostwrite scan --fix`, marked [*])"
    errors = len(report.errors())
    if errors:
        summary += f"; {errors} path{'s' if errors != 1 else ''} could not be scanned"
    lines.append(summary + ".")
    return "\n".join(lines) + "\n"
