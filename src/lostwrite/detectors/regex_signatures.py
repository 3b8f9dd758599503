"""The catalog's regex signatures (ALEF ``log_regex``/``alt_regex``), run on raw source text.

They are coarse textual heuristics, so they only run with ``scan --regex-signatures`` and their
findings say they are low-confidence.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from lostwrite.catalog import load_catalog
from lostwrite.scan.config import AnalysisOptions
from lostwrite.scan.finding import Finding


@functools.cache
def _compiled(
    codes: frozenset[str], catalogs: tuple[str, ...]
) -> tuple[tuple[str, re.Pattern[str]], ...]:
    compiled = []
    for pattern in load_catalog(tuple(Path(c) for c in catalogs)):
        if pattern.code not in codes:
            continue
        for regex in (pattern.log_regex, *pattern.alt_regex):
            if regex:
                compiled.append((pattern.code, re.compile(regex)))
    return tuple(compiled)


def scan_text(text: str, options: AnalysisOptions) -> list[Finding]:
    """One low-confidence finding per regex match."""
    findings = []
    for code, regex in _compiled(options.codes, options.catalogs):
        for match in regex.finditer(text):
            start, end = match.span()
            line = text.count("\n", 0, start) + 1
            column = start - (text.rfind("\n", 0, start) + 1) + 1
            end_line = text.count("\n", 0, end) + 1
            end_column = end - (text.rfind("\n", 0, end) + 1) + 1
            findings.append(
                Finding(
                    code=code,
                    line=line,
                    column=column,
                    end_line=end_line,
                    end_column=end_column,
                    message=(
                        f"(low confidence) text matches the {code} regex signature; "
                        f"check by hand, see `lostwrite explain {code}`"
                    ),
                    snippet=" ".join(match.group(0).split())[:120],
                )
            )
    return findings
