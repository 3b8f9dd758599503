"""The records a scan produces: findings, examined write sites, and per-file results.

They are plain, picklable dataclasses so worker processes can send them back and the cache
can store them as JSON.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Verdict = Literal["at risk", "ok"]
Risk = Literal["critical", "medium", "low"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected lost-write problem in a file. Lines and columns are 1-based."""

    code: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    fix_available: bool = False
    context: str = ""
    snippet: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Site:
    """A write site a detector examined, with its verdict (for ``lostwrite audit``).

    ``reason`` says why an ``ok`` site was accepted (``awaited``, ``passed to waitUntil``…)
    or, for ``at risk``, what is wrong; ``call`` is a short rendering of the write.
    """

    code: str
    line: int
    column: int
    verdict: Verdict
    reason: str
    risk: Risk
    call: str = ""
    context: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class FileResult:
    """Everything the detectors found in one file, or the reason it could not be analysed."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    sites: list[Site] = field(default_factory=list)
    error: str | None = None

    def to_cache(self) -> dict[str, Any]:
        return {
            "findings": [f.to_dict() for f in self.findings],
            "sites": [s.to_dict() for s in self.sites],
            "error": self.error,
        }

    @classmethod
    def from_cache(cls, path: str, data: dict[str, Any]) -> FileResult:
        return cls(
            path=path,
            findings=[Finding(**f) for f in data["findings"]],
            sites=[Site(**s) for s in data["sites"]],
            error=data["error"],
        )
