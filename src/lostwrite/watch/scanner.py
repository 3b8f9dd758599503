"""The hot path of ``watch``: find the matching and the malformed rows in a block of lines.

A block is a ``bytes`` of complete lines (it ends with a newline). When the block is
well formed — every line starts with ``{``, ends with ``}`` and the block is valid UTF-8,
all checked at C speed — only the rows the byte prefilter accepts are decoded with
``orjson``; a row the prefilter rejects cannot match, so it is only counted (a broken row
that still looks like ``{...}`` and cannot match goes unnoticed). Otherwise, when the
predicate offers no prefilter, or when most rows pass it anyway, every line is decoded, so
each malformed row, non-object row or invalid UTF-8 is found and reported with its position.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import accumulate, compress, count
from typing import Any

import orjson

from lostwrite.watch.matcher import Matcher, NotAnObject, Prefilter

_JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number"}


@dataclass
class ScanResult:
    """What one block held: row count, matches and problems, by position in the block."""

    lines: int = 0
    """Newline-terminated lines in the block, blank ones included."""
    rows: int = 0
    matches: list[tuple[int, int, int, dict[str, Any]]] = field(default_factory=list)
    """``(start, end, line, record)``: the row is ``block[start:end]`` (its newline at
    ``end``) and is line ``line`` of the block, counting from 0."""
    problems: list[tuple[int, int, str]] = field(default_factory=list)
    """``(start, line, message)`` for each row that is not a JSON object."""
    candidates: int = 0
    """Rows decoded because the prefilter let them through (0 if every row was decoded)."""


class BlockScanner:
    """Scans blocks, choosing per block between the prefilter and decoding every line.

    When most rows pass the prefilter anyway (a field present in every row), looking for
    candidates one by one costs more than decoding every line, so the scanner switches to
    that, and tries the prefilter again every :data:`RETRY_EVERY` blocks.
    """

    RETRY_EVERY = 64
    DENSE = 0.25
    """Candidates per row above which decoding every line is cheaper."""

    def __init__(self, prefilter: Prefilter, match: Matcher) -> None:
        self.prefilter = prefilter
        self.match = match
        self._dense = False
        self._blocks = 0

    def scan(self, block: bytes) -> ScanResult:
        """Scan ``block`` (complete lines) for rows ``match`` accepts."""
        self._blocks += 1
        use_prefilter = bool(self.prefilter.patterns) and (
            not self._dense or self._blocks % self.RETRY_EVERY == 0
        )
        if use_prefilter:
            nlines = block.count(b"\n")
            if _well_formed(block, nlines):
                result = _scan_candidates(block, nlines, self.prefilter, self.match)
                self._dense = result.candidates > nlines * self.DENSE
                return result
        return _scan_every_line(block, self.match)


def _well_formed(block: bytes, nlines: int) -> bool:
    """True if every line is ``{...}`` (LF, or CRLF throughout) and the block is valid UTF-8."""
    if block[:1] != b"{":
        return False
    if block.endswith(b"}\n"):
        if block.count(b"}\n{") != nlines - 1:
            return False
    elif not block.endswith(b"}\r\n") or block.count(b"}\r\n{") != nlines - 1:
        return False
    if block.isascii():
        return True
    try:
        block.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _scan_candidates(block: bytes, nlines: int, prefilter: Prefilter, match: Matcher) -> ScanResult:
    result = ScanResult(lines=nlines, rows=nlines)
    search = prefilter.patterns[0].search
    extra = prefilter.patterns[1:]
    find = block.find
    rfind = block.rfind
    loads = orjson.loads
    candidates = 0
    line_index = 0
    counted_to = 0
    found = search(block)
    while found is not None:
        start = rfind(b"\n", 0, found.start()) + 1
        end = find(b"\n", found.end())
        line = block[start:end]
        if all(pattern.search(line) is not None for pattern in extra):
            candidates += 1
            try:
                record = loads(line)
            except orjson.JSONDecodeError as exc:
                line_index += block.count(b"\n", counted_to, start)
                counted_to = start
                result.problems.append((start, line_index, f"malformed JSON: {exc}"))
            else:
                if match(record):
                    line_index += block.count(b"\n", counted_to, start)
                    counted_to = start
                    result.matches.append((start, end, line_index, record))
        found = search(block, end + 1)
    result.candidates = candidates
    return result


def _scan_every_line(block: bytes, match: Matcher) -> ScanResult:
    lines = block.split(b"\n")
    lines.pop()  # the empty string after the last newline
    try:
        # All iteration in C, and no record outlives its test: memory and GC work stay flat.
        hits = list(compress(count(), map(match, map(orjson.loads, lines))))
    except (orjson.JSONDecodeError, NotAnObject):
        return _scan_line_by_line(lines, match)
    result = ScanResult(lines=len(lines), rows=len(lines))
    if hits:
        lengths = list(accumulate(map(len, lines[: hits[-1]]), initial=0))
        result.matches = [
            (lengths[i] + i, lengths[i] + i + len(lines[i]), i, orjson.loads(lines[i]))
            for i in hits
        ]
    return result


def _scan_line_by_line(lines: list[bytes], match: Matcher) -> ScanResult:
    """Decode each line on its own, to find and report the bad ones."""
    result = ScanResult(lines=len(lines), rows=len(lines))
    problems = result.problems
    matches = result.matches
    loads = orjson.loads
    end = -1
    for index, line in enumerate(lines):
        start = end + 1
        end = start + len(line)
        try:
            record = loads(line)
        except orjson.JSONDecodeError as exc:
            if line.strip():
                problems.append((start, index, f"malformed JSON: {exc}"))
            else:
                result.rows -= 1  # a blank line is not a row
            continue
        if type(record) is dict:
            if match(record):
                matches.append((start, end, index, record))
        else:
            kind = "null" if record is None else _JSON_TYPES.get(type(record), "a boolean")
            problems.append((start, index, f"not a JSON object but {kind}"))
    return result
