"""JavaScript/TypeScript detectors on tree-sitter: one module per pattern, one parse per file."""

from __future__ import annotations

from lostwrite.detectors import Detector
from lostwrite.scan.config import AnalysisOptions
from lostwrite.scan.finding import Finding, Site

DETECTORS: tuple[Detector, ...] = ()


def run_detectors(
    path: str, text: str, detectors: list[Detector], options: AnalysisOptions
) -> tuple[list[Finding], list[Site]]:
    """Parse ``text`` once and run ``detectors`` on it."""
    raise NotImplementedError("JS/TS detectors land with issue 5")
