"""Sharper byte prefilters for the Python rules whose trigger tokens are everywhere.

``except`` occurs in most Python files and the enrichment words of LW045 (``tag``, ``label``,
``score``…) in many, so their trigger tokens alone send most files to the parser. These
functions look a little closer, still on the raw bytes, and only say no when the rule cannot
fire: LW004 needs an ``except`` clause that can catch a failed write (not only ``KeyError`` or
``ImportError``...); LW045 needs a scheduling call or a field assignment that mentions an
enrichment, or a queued job. :mod:`lostwrite.detectors.python` attaches them to the rules.
"""

from __future__ import annotations

import re

import ahocorasick_rs

from lostwrite.detectors.python.flow import ALREADY_STORED, CONTROL_FLOW, NOT_WRITE_FAILURES
from lostwrite.detectors.python.lw045_enrichment_after_commit import (
    ENRICHMENT_STEMS,
    JOB_HINT,
    SCHEDULERS,
)

# LW004 ------------------------------------------------------------------------------------
EXCEPT_CLAUSE = re.compile(rb"^[ \t]*except\b\*?([^:\n]*)", re.MULTILINE)
EXCEPTION_NAME = re.compile(rb"[A-Za-z_][\w.]*")
ALIAS = re.compile(rb"\bas\s+\w+\s*$")
NOT_A_WRITE_FAILURE = frozenset(name.encode() for name in NOT_WRITE_FAILURES | ALREADY_STORED)


def can_swallow_a_write_failure(data: bytes) -> bool:
    """LW004: a ``suppress``, a ``gather(return_exceptions=True)``, or an ``except`` clause
    that catches something a failed write can raise (bare, ``Exception``, ``OSError``, a
    driver's error; anything but the lookup/parse/control-flow errors)."""
    if b"suppress" in data or b"return_exceptions" in data:
        return True
    for clause in EXCEPT_CLAUSE.finditer(data):
        caught = ALIAS.sub(b"", clause.group(1).strip())
        if caught.count(b"(") != caught.count(b")"):
            return True  # a tuple continued on the next line: do not guess
        names = [name.rsplit(b".", 1)[-1] for name in EXCEPTION_NAME.findall(caught)]
        if not names or any(
            name not in NOT_A_WRITE_FAILURE and not CONTROL_FLOW.search(name.decode())
            for name in names
        ):
            return True
    return False


# LW045 ------------------------------------------------------------------------------------
SCHEDULER_NAMES = ahocorasick_rs.BytesAhoCorasick([name.encode() for name in SCHEDULERS])
ENRICHMENT_WORDS = ahocorasick_rs.BytesAhoCorasick(
    [stem.encode() for stem in (*ENRICHMENT_STEMS, "import_module", "__import__")]
)
CALL_OPENS = re.compile(rb"\s*\(")
# A statement that sets a field of something other than self/cls: row.tags = / row["x"] += /
# row.update(...) / row.setdefault(...)
FIELD_ASSIGNMENT = re.compile(
    rb"[ \t]*(?!self\b|cls\b)[A-Za-z_]\w*(?:(?:\.\w+|\[[^\n]*?\])+[ \t]*"
    rb"(?:[-+*/%&|^@]|//|<<|>>|\*\*)?=(?!=)|\s*\.\s*(?:update|setdefault)\s*\()"
)
JOB_SEND = re.compile(JOB_HINT.pattern.encode())
STATEMENT_LINES = 8  # how far up an enrichment word may be from its statement's first line
WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def can_enrich_after_a_write(data: bytes) -> bool:
    """LW045: a call of a scheduler (``create_task(``, ``add_done_callback(``, ``Thread(``…),
    a field set with an enrichment word (``row["verdict"] = classify(...)``,
    ``row.update({"sentiment": ...})``), or a job queued with ``.delay(``/``.send(``…."""
    for _, start, end in SCHEDULER_NAMES.find_matches_as_indexes(data, overlapping=True):
        if (start == 0 or data[start - 1] not in WORD_BYTES) and CALL_OPENS.match(data, end):
            return True
    if JOB_SEND.search(data):
        return True
    for _, start, _ in ENRICHMENT_WORDS.find_matches_as_indexes(data.lower()):
        line = data.rfind(b"\n", 0, start) + 1
        for _ in range(STATEMENT_LINES):
            if FIELD_ASSIGNMENT.match(data, line):
                return True
            if line == 0:
                break
            line = data.rfind(b"\n", 0, line - 1) + 1
    return False
