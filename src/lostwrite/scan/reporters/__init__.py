"""Output formats for ``lostwrite scan``: text, json, sarif and github annotations."""

from __future__ import annotations

from collections.abc import Callable

from lostwrite.catalog import Catalog
from lostwrite.scan.engine import ScanReport

Reporter = Callable[[ScanReport, Catalog], str]


def get_reporter(name: str) -> Reporter:
    """The render function for an output format name."""
    if name == "json":
        from lostwrite.scan.reporters.json_report import render
    elif name == "sarif":
        from lostwrite.scan.reporters.sarif import render
    elif name == "github":
        from lostwrite.scan.reporters.github import render
    else:
        from lostwrite.scan.reporters.text import render
    return render
