"""Analyse one file's bytes: prefilter, decode, parse once, run the detectors, apply noqa.

This runs in worker processes; everything it takes and returns is picklable.
"""

from __future__ import annotations

import ast
import warnings

from lostwrite.detectors import Detector, wanted_detectors
from lostwrite.errors import SourceError
from lostwrite.scan.config import AnalysisOptions
from lostwrite.scan.discovery import language_of
from lostwrite.scan.finding import FileResult, Finding, Site
from lostwrite.scan.suppression import suppressed_codes


def selected_detectors(language: str, options: AnalysisOptions) -> list[Detector]:
    if language == "python":
        from lostwrite.detectors.python import DETECTORS
    else:
        from lostwrite.detectors.js import DETECTORS
    return [d for d in DETECTORS if d.code in options.codes]


def decode(data: bytes) -> str:
    """UTF-8 text of a source file (a BOM is allowed); binary or other encodings are errors."""
    if b"\0" in data:
        raise SourceError("binary file (contains NUL bytes), not source code")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"not valid UTF-8 (byte offset {exc.start})") from None


def analyze(path: str, data: bytes, options: AnalysisOptions) -> FileResult:
    """Run every selected detector whose byte prefilter ``data`` passes; never raises."""
    result = FileResult(path)
    language = language_of(path)
    if language is None:
        return result
    if language == "js" and _minified(data):
        # Ex) a 4 MB webpack bundle: generated, one statement per line; its source is scanned
        return result
    detectors = wanted_detectors(
        selected_detectors(language, options), data, options.write_call_tokens
    )
    if not detectors and not options.regex_signatures:
        # Ex) a file no detector can match: not parsed, but still checked to be UTF-8 text
        try:
            decode(data)
        except SourceError as exc:
            result.error = str(exc)
        return result
    findings: list[Finding] = []
    sites: list[Site] = []
    try:
        text = decode(data)
        if options.regex_signatures:
            from lostwrite.detectors.regex_signatures import scan_text

            findings.extend(scan_text(text, options))
        if detectors and language == "python":
            found, sites = _run_python(path, text, detectors, options)
            findings.extend(found)
        elif detectors:
            from lostwrite.detectors.js import run_detectors

            found, sites = run_detectors(path, text, detectors, options)
            findings.extend(found)
    except SourceError as exc:
        result.error = str(exc)
        return result
    if not findings and not sites:
        return result
    lines = text.splitlines()

    def suppressed(code: str, line_no: int) -> bool:
        line = lines[line_no - 1] if 0 < line_no <= len(lines) else ""
        return code in suppressed_codes(line)

    result.findings.extend(f for f in findings if not suppressed(f.code, f.line))
    result.findings.sort(key=lambda f: (f.line, f.column, f.code))
    kept_sites = [s for s in sites if s.verdict == "ok" or not suppressed(s.code, s.line)]
    result.sites = sorted(kept_sites, key=lambda s: (s.line, s.column, s.code))
    return result


MINIFIED_LINE = 1000  # average characters per line above which JS is a minified bundle
MINIFIED_MIN_BYTES = 20_000


def _minified(data: bytes) -> bool:
    """A minified or bundled script (its lines average over ``MINIFIED_LINE`` characters):
    machine output whose source, if it is in the tree, is scanned instead."""
    return len(data) >= MINIFIED_MIN_BYTES and len(data) > MINIFIED_LINE * (data.count(b"\n") + 1)


def _run_python(
    path: str, text: str, detectors: list[Detector], options: AnalysisOptions
) -> tuple[list[Finding], list[Site]]:
    from lostwrite.detectors.python.context import PythonContext
    from lostwrite.detectors.sink import run_checks

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # invalid escape sequences etc. are not our business
            tree = ast.parse(text, filename=path)
    except SyntaxError as exc:
        where = f" at line {exc.lineno}" + (f", column {exc.offset}" if exc.offset else "")
        raise SourceError(f"syntax error{where if exc.lineno else ''}: {exc.msg}") from None
    except (ValueError, RecursionError, MemoryError) as exc:
        raise SourceError(f"cannot parse: {exc}") from None
    ctx = PythonContext(path, text, tree, options)
    try:
        run_checks(ctx, detectors)
    finally:
        ctx.release()
    return ctx.findings, ctx.sites
