"""``# noqa: LW001`` / ``// noqa: LW001, LW004`` suppression comments.

Only a noqa that names codes suppresses, and only those codes: a bare ``# noqa`` is aimed
at other linters and does not silence lostwrite.
"""

from __future__ import annotations

import re

NOQA_RE = re.compile(r"(?:#|//)\s*noqa:\s*(LW\d{3}(?:[\s,]+LW\d{3})*)", re.IGNORECASE)
CODE_RE = re.compile(r"LW\d{3}", re.IGNORECASE)


def suppressed_codes(line: str) -> frozenset[str]:
    """The codes a source line's noqa comment names (empty if none)."""
    if "noqa" not in line:
        return frozenset()
    codes: set[str] = set()
    for match in NOQA_RE.finditer(line):
        codes.update(code.upper() for code in CODE_RE.findall(match.group(1)))
    return frozenset(codes)
