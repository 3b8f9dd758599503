"""What every language's detector context shares: the finding and site lists it fills, and the
loop that runs the detectors on it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lostwrite.detectors import Detector
from lostwrite.errors import SourceError
from lostwrite.scan.finding import Finding, Risk, Site


class Sink:
    """Collects findings and the audit's sites; a finding is also an at-risk site."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self.sites: list[Site] = []

    def add_finding(
        self,
        code: str,
        span: tuple[int, int, int, int],
        message: str,
        *,
        fix_available: bool,
        risk: Risk,
        call: str,
        context: str,
        snippet: str,
    ) -> None:
        line, column, end_line, end_column = span
        self.findings.append(
            Finding(
                code, line, column, end_line, end_column, message, fix_available, context, snippet
            )
        )
        first_sentence = message.split(". ")[0].rstrip(".")
        self.sites.append(Site(code, line, column, "at risk", first_sentence, risk, call, context))

    def add_accepted(
        self, code: str, line: int, column: int, reason: str, *, risk: Risk, call: str, context: str
    ) -> None:
        self.sites.append(Site(code, line, column, "ok", reason, risk, call, context))


def run_checks(ctx: Any, detectors: Iterable[Detector]) -> None:
    """Run each detector's ``check(ctx)``; a crash becomes a :class:`SourceError` for the file."""
    for detector in detectors:
        try:
            detector.check(ctx)
        except RecursionError:
            raise SourceError(f"{detector.code}: file too deeply nested to analyse") from None
        except Exception as exc:  # a detector bug must not hide the other files' results
            raise SourceError(
                f"internal error in the {detector.code} detector ({type(exc).__name__}: {exc});"
                " please report it"
            ) from None
