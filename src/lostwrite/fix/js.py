"""Text edits on tree-sitter ranges for JS/TS findings (``scan --diff`` / ``--fix``).

* LW001 in a Workers/Hono handler: ``trackView(sql, id).catch(warn)`` ->
  ``c.executionCtx.waitUntil(trackView(sql, id).catch(warn))`` (``ctx.waitUntil`` in a Workers
  ``fetch``); ``void p`` -> ``ctx.waitUntil(p)``;
* LW007: ``tx.pipe(Effect.orDie)`` -> ``tx.pipe(Effect.tapErrorCause(Effect.logError),
  Effect.orDie)`` and ``Effect.orDie(tx)`` -> ``Effect.orDie(Effect.tapErrorCause(tx,
  Effect.logError))``, so the failure is logged before it becomes a defect.

Each finding is located by its exact range; anything of another shape is left alone. Edits are
applied from the end of the file backwards so earlier offsets stay valid.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from lostwrite.scan.config import AnalysisOptions
from lostwrite.scan.finding import Finding

if TYPE_CHECKING:
    from tree_sitter import Node

    from lostwrite.detectors.js.context import JsContext

FIXABLE_CODES = frozenset({"LW001", "LW007"})
LOG_BEFORE_DIE = "Effect.tapErrorCause(Effect.logError)"
Edit = tuple[int, int, str]  # start byte, end byte, replacement


def _byte_offset(ctx: JsContext, line: int, column: int) -> int:
    """Byte offset of a 1-based line and character column."""
    starts = ctx.__dict__.setdefault("_line_starts", _line_starts(ctx.source))
    start = starts[line - 1]
    end = starts[line] if line < len(starts) else len(ctx.source)
    prefix = ctx.source[start:end].decode("utf-8", errors="replace")[: column - 1]
    return start + len(prefix.encode("utf-8"))


def _line_starts(source: bytes) -> list[int]:
    starts = [0]
    for index, byte in enumerate(source):
        if byte == 0x0A:
            starts.append(index + 1)
    return starts


def _node_at(ctx: JsContext, finding: Finding) -> Node | None:
    start = _byte_offset(ctx, finding.line, finding.column)
    end = _byte_offset(ctx, finding.end_line, finding.end_column)
    node = ctx.tree.root_node.descendant_for_byte_range(start, end)
    while node is not None and (node.start_byte, node.end_byte) != (start, end):
        if node.start_byte < start or node.end_byte > end:
            return None
        node = node.parent
    return node


def _wait_until_edit(ctx: JsContext, node: Node) -> Edit | None:
    from lostwrite.detectors.js.handlers import wait_until_for

    wait_until = wait_until_for(ctx, node)
    if not wait_until:
        return None
    # Ex) void db.insert(views).values(v)  ->  c.executionCtx.waitUntil(db.insert(...))
    if node.type == "unary_expression" and ctx.text_of(node).startswith("void"):
        argument = node.child_by_field_name("argument")
        if argument is None:
            return None
        return node.start_byte, node.end_byte, f"{wait_until}({ctx.text_of(argument)})"
    # Ex) trackAuthorView(sql, key).catch((err) => logger.warn(err))
    return node.start_byte, node.end_byte, f"{wait_until}({ctx.text_of(node)})"


def _or_die_edits(ctx: JsContext, node: Node) -> list[Edit]:
    edits: list[Edit] = []
    stack = [node]
    while stack:
        current = stack.pop()
        stack.extend(current.children)
        if current.type != "member_expression" or ctx.text_of(current) != "Effect.orDie":
            continue
        parent = current.parent
        # Ex) Effect.orDie(tx)  ->  Effect.orDie(Effect.tapErrorCause(tx, Effect.logError))
        if (
            parent is not None
            and parent.type == "call_expression"
            and parent.child_by_field_name("function") == current
        ):
            arguments = [c for c in parent.child_by_field_name("arguments").named_children]  # type: ignore[union-attr]
            if len(arguments) == 1 and "tapError" not in ctx.text_of(arguments[0]):
                inner = ctx.text_of(arguments[0])
                replacement = f"Effect.tapErrorCause({inner}, Effect.logError)"
                edits.append((arguments[0].start_byte, arguments[0].end_byte, replacement))
            continue
        # Ex) tx.pipe(Effect.orDie) / pipe(tx, Effect.orDie)
        if parent is not None and parent.type == "arguments":
            siblings = parent.named_children
            position = next(i for i, s in enumerate(siblings) if s == current)
            if position > 0 and "tapError" in ctx.text_of(siblings[position - 1]):
                continue
            edits.append((current.start_byte, current.start_byte, f"{LOG_BEFORE_DIE}, "))
    return edits


def fix_source(path: str, text: str, findings: Iterable[Finding]) -> tuple[str, int]:
    """Apply the fixes for ``findings`` to ``text``; returns the new text and how many applied."""
    from lostwrite.detectors.js.context import JsContext
    from lostwrite.detectors.js.parser import JsSyntaxError, parse

    wanted = [f for f in findings if f.fix_available and f.code in FIXABLE_CODES]
    if not wanted:
        return text, 0
    source = text.encode("utf-8")
    try:
        tree, grammar = parse(path, source)
    except JsSyntaxError:
        return text, 0
    ctx = JsContext(path, text, source, tree, grammar, AnalysisOptions(codes=frozenset()))
    edits: list[Edit] = []
    applied = 0
    for finding in wanted:
        node = _node_at(ctx, finding)
        if node is None:
            continue
        found = (
            [_wait_until_edit(ctx, node)] if finding.code == "LW001" else _or_die_edits(ctx, node)
        )
        found = [e for e in found if e is not None]
        if found:
            edits.extend(found)  # type: ignore[arg-type]
            applied += 1
    edits.sort(reverse=True)
    for (start, end, replacement), later in zip(edits, [None, *edits[:-1]], strict=True):
        if later is not None and end > later[0]:
            continue  # overlapping edits: keep the later one, the next run fixes the rest
        source = source[:start] + replacement.encode("utf-8") + source[end:]
    return source.decode("utf-8"), applied
