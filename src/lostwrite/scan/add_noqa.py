"""``lostwrite scan --add-noqa``: suppress every current finding on its own line.

Adds ``# noqa: LWxxx`` (Python) or ``// noqa: LWxxx`` (JS/TS) at the end of each finding's
line, or adds the code to a lostwrite noqa comment already there. Everything else in the file
is kept byte for byte (line endings included), files are written atomically, and a line whose
end lies inside a multi-line string or after a backslash continuation is left alone (a comment
there would change the code); a second run changes nothing.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections import defaultdict

from lostwrite.scan.discovery import language_of
from lostwrite.scan.engine import ScanReport
from lostwrite.scan.suppression import NOQA_RE

LINE_END = re.compile(rb"(\r\n|\n|\r)?$")


def _unsafe_python_lines(text: str) -> set[int]:
    """Lines whose end is inside a multi-line string, or that continue with a backslash."""
    unsafe: set[int] = set()
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.STRING and token.end[0] > token.start[0]:
                unsafe.update(range(token.start[0], token.end[0]))
    except (tokenize.TokenError, SyntaxError):
        return set(range(1, text.count("\n") + 2))
    for number, line in enumerate(text.splitlines(), start=1):
        if line.rstrip().endswith("\\"):
            unsafe.add(number)
    return unsafe


def _unsafe_js_lines(path: str, source: bytes) -> set[int]:
    from lostwrite.detectors.js.parser import JsSyntaxError, parse

    try:
        tree, _ = parse(path, source)
    except JsSyntaxError:
        return set(range(1, source.count(b"\n") + 2))
    unsafe: set[int] = set()
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.start_point[0] != node.end_point[0]:
            if node.type in ("template_string", "string", "comment", "regex", "jsx_text"):
                unsafe.update(range(node.start_point[0] + 1, node.end_point[0] + 1))
                continue
            stack.extend(node.children)
    for number, line in enumerate(source.splitlines(), start=1):
        if line.rstrip().endswith(b"\\"):
            unsafe.add(number)
    return unsafe


def _with_codes(line: bytes, codes: list[str], marker: bytes) -> bytes:
    """``line`` (without its ending) with ``codes`` added to its lostwrite noqa comment."""
    text = line.decode("utf-8")
    match = NOQA_RE.search(text)
    if match:
        present = [c.strip().upper() for c in re.split(r"[\s,]+", match.group(1)) if c.strip()]
        missing = [c for c in codes if c not in present]
        if not missing:
            return line
        updated = text[: match.end(1)] + ", " + ", ".join(missing) + text[match.end(1) :]
        return updated.encode("utf-8")
    return line + b"  " + marker + b" noqa: " + ", ".join(codes).encode("ascii")


def add_noqa(
    path: str, data: bytes, codes_by_line: dict[int, list[str]]
) -> tuple[bytes, int, list[int]]:
    """The new bytes, the number of lines changed, and the lines that had to be skipped."""
    python = language_of(path) == "python"
    text = data.decode("utf-8-sig")
    unsafe = _unsafe_python_lines(text) if python else _unsafe_js_lines(path, data)
    marker = b"#" if python else b"//"
    lines = data.splitlines(keepends=True)
    changed = 0
    skipped: list[int] = []
    for number, codes in sorted(codes_by_line.items()):
        if number in unsafe or not 1 <= number <= len(lines):
            skipped.append(number)
            continue
        raw = lines[number - 1]
        ending = LINE_END.search(raw)
        assert ending is not None
        body, end = raw[: ending.start()], raw[ending.start() :]
        updated = _with_codes(body, sorted(set(codes)), marker)
        if updated != body:
            lines[number - 1] = updated + end
            changed += 1
    result = b"".join(lines)
    if python and changed:
        try:  # a comment never changes the syntax tree; if it did, write nothing
            same = ast.dump(ast.parse(result)) == ast.dump(ast.parse(data))
        except SyntaxError:
            same = False
        if not same:
            return data, 0, sorted(codes_by_line)
    return result, changed, skipped


def run(report: ScanReport) -> tuple[int, int, list[str]]:
    """Add noqa comments for every finding in ``report``: (lines changed, files, warnings)."""
    from lostwrite.scan.rewrite import replace_if_unchanged

    warnings: list[str] = []
    total = files = 0
    for result in report.results:
        if not result.findings:
            continue
        codes_by_line: dict[int, list[str]] = defaultdict(list)
        for finding in result.findings:
            codes_by_line[finding.line].append(finding.code)
        try:
            with open(result.path, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            warnings.append(f"{result.path}: noqa not added: {exc.strerror or exc}")
            continue
        updated, changed, skipped = add_noqa(result.path, data, codes_by_line)
        for line in skipped:
            warnings.append(
                f"{result.path}:{line}: noqa not added: the line ends inside a multi-line string "
                "or continues with a backslash; suppress it in [tool.lostwrite] per-file-ignores"
            )
        if changed:
            problem = replace_if_unchanged(result.path, data, updated)
            if problem is not None:
                warnings.append(f"{result.path}: noqa not added: {problem}")
                continue
            total += changed
            files += 1
    return total, files, warnings
