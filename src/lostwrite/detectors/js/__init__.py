"""JavaScript/TypeScript detectors on tree-sitter: one module per pattern, one parse per file."""

from __future__ import annotations

from lostwrite.detectors import Detector
from lostwrite.detectors.js import (
    lw001_fire_and_forget_persist,
    lw002_resource_closed_under_background_write,
    lw003_non_atomic_state_write,
    lw004_swallowed_write_error,
    lw005_acknowledged_before_durable,
    lw006_orphan_write_after_delete,
    lw007_silent_crash_on_write_failure,
    lw045_enrichment_after_commit,
)
from lostwrite.scan.config import AnalysisOptions
from lostwrite.scan.finding import Finding, Site

DETECTORS: tuple[Detector, ...] = tuple(
    Detector.from_module(module)
    for module in (
        lw001_fire_and_forget_persist,
        lw002_resource_closed_under_background_write,
        lw003_non_atomic_state_write,
        lw004_swallowed_write_error,
        lw005_acknowledged_before_durable,
        lw006_orphan_write_after_delete,
        lw007_silent_crash_on_write_failure,
        lw045_enrichment_after_commit,
    )
)


def run_detectors(
    path: str, text: str, detectors: list[Detector], options: AnalysisOptions
) -> tuple[list[Finding], list[Site]]:
    """Parse ``text`` once and run ``detectors`` on it."""
    from lostwrite.detectors.js.context import JsContext
    from lostwrite.detectors.js.parser import JsSyntaxError, parse
    from lostwrite.detectors.sink import run_checks
    from lostwrite.errors import SourceError

    source = text.encode("utf-8")
    try:
        tree, grammar = parse(path, source)
    except JsSyntaxError as exc:
        raise SourceError(str(exc)) from None
    ctx = JsContext(path, text, source, tree, grammar, options)
    run_checks(ctx, detectors)
    return ctx.findings, ctx.sites
