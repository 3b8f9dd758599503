"""Filtering the catalog for the registry's list endpoint and index page.

``family`` must name a family of the catalog, ``severity_min`` is an integer from 1 to 10
and ``q`` is a full-text query: every word must occur (case-insensitively) in the pattern's
code, aliases, slug, title, family, summary, behaviour or why. Bad values raise
:class:`FilterError` with a message meant for the user (the API answers 422 with it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lostwrite.catalog import Catalog, Pattern

MAX_QUERY = 200


class FilterError(ValueError):
    """A filter value that cannot be used; ``field`` names the query parameter."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


@dataclass(frozen=True)
class Filters:
    """Validated filter values (None = not filtered)."""

    family: str | None = None
    severity_min: int | None = None
    q: str | None = None

    @property
    def words(self) -> list[str]:
        return re.findall(r"[\w-]+", self.q.lower()) if self.q else []


def families(catalog: Catalog) -> list[str]:
    """The families used in the catalog, sorted."""
    return sorted({p.family for p in catalog})


def parse_filters(
    catalog: Catalog, family: str | None, severity_min: str | int | None, q: str | None
) -> Filters:
    """Validate raw query-string values (empty strings mean "not given")."""
    family = family.strip() if family else None
    if family and family not in families(catalog):
        known = ", ".join(families(catalog))
        raise FilterError("family", f"unknown family {family!r} (known: {known})")
    severity: int | None = None
    text = str(severity_min).strip() if severity_min is not None else ""
    if text:
        if not re.fullmatch(r"\d{1,2}", text) or not 1 <= int(text) <= 10:
            raise FilterError(
                "severity_min", f"must be a whole number from 1 to 10, got {severity_min!r}"
            )
        severity = int(text)
    q = q.strip() if q else None
    if q and len(q) > MAX_QUERY:
        raise FilterError("q", f"must be at most {MAX_QUERY} characters, got {len(q)}")
    return Filters(family or None, severity, q or None)


def _haystack(pattern: Pattern) -> str:
    parts = [
        *pattern.names(),
        pattern.title,
        pattern.family,
        pattern.summary,
        pattern.behavior,
        pattern.why,
    ]
    return " ".join(parts).lower()


def apply_filters(catalog: Catalog, filters: Filters) -> list[Pattern]:
    """The catalog's patterns that pass ``filters``, in code order."""
    words = filters.words
    return [
        p
        for p in catalog
        if (filters.family is None or p.family == filters.family)
        and (filters.severity_min is None or p.severity >= filters.severity_min)
        and all(word in _haystack(p) for word in words)
    ]
