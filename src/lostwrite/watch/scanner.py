"""The hot path of ``watch``: find the matching and the malformed rows in a block of lines.

A block is a ``bytes`` of complete lines (it ends with a newline). When the block is
well formed — every line starts with ``{``, ends with ``}`` and the block is valid UTF-8,
all checked at C speed — only the rows the byte prefilter accepts are decoded with
``orjson``; a row the prefilter rejects cannot match, so it is only counted. Otherwise (or
when the predicate offers no prefilter) every line is decoded, so each malformed row,
non-object row or invalid UTF-8 is found and reported with its position.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from lostwrite.watch.matcher import Matcher, Prefilter

_JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number"}


@dataclass
class ScanResult:
    """What one block held: row count, matches and problems, by position in the block."""

    rows: int = 0
    matches: list[tuple[int, int, dict[str, Any]]] = field(default_factory=list)
    """``(start, end, record)``: the row is ``block[start:end]``, its newline at ``end``."""
    problems: list[tuple[int, str]] = field(default_factory=list)
    """``(start, message)`` for each row that is not a JSON object."""


def scan_block(block: bytes, nlines: int, prefilter: Prefilter, match: Matcher) -> ScanResult:
    """Scan ``block`` (``nlines`` complete lines) for rows ``match`` accepts."""
    if prefilter.patterns and _well_formed(block, nlines):
        return _scan_candidates(block, nlines, prefilter, match)
    return _scan_every_line(block, match)


def _well_formed(block: bytes, nlines: int) -> bool:
    """True if every line is ``{...}`` (LF or CRLF) and the block is valid UTF-8."""
    starts = block.count(b"\n{") + (block[:1] == b"{")
    if starts != nlines:
        return False
    if block.count(b"}\n") + block.count(b"}\r\n") != nlines:
        return False
    if block.isascii():
        return True
    try:
        block.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _scan_candidates(block: bytes, nlines: int, prefilter: Prefilter, match: Matcher) -> ScanResult:
    result = ScanResult(rows=nlines)
    search = prefilter.patterns[0].search
    extra = prefilter.patterns[1:]
    find = block.find
    rfind = block.rfind
    loads = orjson.loads
    found = search(block)
    while found is not None:
        start = rfind(b"\n", 0, found.start()) + 1
        end = find(b"\n", found.end())
        line = block[start:end]
        if all(pattern.search(line) is not None for pattern in extra):
            try:
                record = loads(line)
            except orjson.JSONDecodeError as exc:
                result.problems.append((start, f"malformed JSON: {exc}"))
            else:
                if match(record):
                    result.matches.append((start, end, record))
        found = search(block, end + 1)
    return result


def _scan_every_line(block: bytes, match: Matcher) -> ScanResult:
    result = ScanResult()
    loads = orjson.loads
    start = 0
    for line in block.split(b"\n")[:-1]:
        end = start + len(line)
        row_start = start
        start = end + 1
        if not line.strip():
            continue
        result.rows += 1
        try:
            record = loads(line)
        except orjson.JSONDecodeError as exc:
            result.problems.append((row_start, f"malformed JSON: {exc}"))
            continue
        if type(record) is not dict:
            kind = "null" if record is None else _JSON_TYPES.get(type(record), "a boolean")
            result.problems.append((row_start, f"not a JSON object but {kind}"))
            continue
        if match(record):
            result.matches.append((row_start, end, record))
    return result
