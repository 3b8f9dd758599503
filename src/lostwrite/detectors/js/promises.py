"""Where a promise goes: follow a write's promise up through ``.then/.catch/.finally`` chains,
parentheses, casts and ``&&``/ternaries to the place that decides its fate.

The fate is one of ``awaited``, ``returned``, ``yielded``, ``wait_until`` (``ctx.waitUntil``,
``event.waitUntil``, Next.js ``after``), ``combined`` (``Promise.all/allSettled/race/any``; ``combined_dropped`` when
that combined promise is itself dropped),
``stored`` (a variable or property; ``used`` says whether it is read again), ``passed`` (an
argument of some other call), ``dropped`` (an expression statement), ``discarded`` (``void p``)
or ``callback_dropped`` (returned or awaited inside a callback whose promise ``forEach`` /
``setTimeout`` / ``setImmediate`` / ``queueMicrotask`` throws away).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lostwrite.detectors.js.parser import FUNCTION_TYPES
from lostwrite.detectors.js.writes import arguments_of, dotted, last_segment

if TYPE_CHECKING:
    from tree_sitter import Node

    from lostwrite.detectors.js.context import JsContext

TRANSPARENT = frozenset(
    {
        "parenthesized_expression", "as_expression", "satisfies_expression",
        "non_null_expression", "type_assertion",
    }
)  # fmt: skip
WAIT_UNTIL = frozenset({"waitUntil", "after"})
COMBINATORS = re.compile(r"^Promise\.(all|allSettled|race|any)$")
DROPPING_CALLEES = frozenset(
    {"forEach", "setTimeout", "setImmediate", "setInterval", "queueMicrotask", "nextTick"}
)


@dataclass(slots=True)
class Fate:
    """What happens to a promise: ``kind`` (see the module doc) and where it was decided."""

    kind: str
    top: Node  # the outermost expression of the chain (the range a fix would wrap)
    catches: list[Node] = field(default_factory=list)  # .catch(cb) / .then(_, cb) handlers
    thens: list[Node] = field(default_factory=list)  # .then(cb) callbacks
    detail: str = ""  # the waitUntil/combinator/callee/variable concerned
    used: bool = True  # for ``stored``: is the variable read again?

    @property
    def lost(self) -> bool:
        """True when nothing awaits, keeps or hands on the promise."""
        return self.kind in ("dropped", "discarded", "callback_dropped", "combined_dropped") or (
            self.kind == "stored" and not self.used
        )


def climb(ctx: JsContext, node: Node) -> tuple[Node, list[Node], list[Node]]:
    """The outermost expression of ``node``'s promise chain, with its catch and then handlers."""
    current = node
    catches: list[Node] = []
    thens: list[Node] = []
    while True:
        parent = current.parent
        if parent is None:
            break
        kind = parent.type
        if kind in TRANSPARENT:
            current = parent
            continue
        if kind == "member_expression" and parent.child_by_field_name("object") == current:
            grand = parent.parent
            prop = ctx.text_of(parent.child_by_field_name("property"))
            if (
                grand is not None
                and grand.type == "call_expression"
                and grand.child_by_field_name("function") == parent
                and prop in ("then", "catch", "finally")
            ):
                args = arguments_of(grand)
                if prop == "catch" and args:
                    catches.append(args[0])
                elif prop == "then" and args:
                    thens.append(args[0])
                    if len(args) > 1:
                        catches.append(args[1])
                current = grand
                continue
            break
        if kind == "ternary_expression" and parent.child_by_field_name("condition") != current:
            current = parent
            continue
        if kind == "binary_expression" and parent.child_by_field_name("right") == current:
            operator = parent.child_by_field_name("operator")
            if operator is not None and operator.type in ("&&", "||", "??"):
                current = parent
                continue
            break
        if kind == "sequence_expression":
            current = parent
            continue
        break
    return current, catches, thens


def fate_of(ctx: JsContext, node: Node) -> Fate:
    top, catches, thens = climb(ctx, node)
    fate = _decide(ctx, top)
    fate.catches = catches
    fate.thens = thens
    if fate.kind in ("returned", "awaited"):
        function = ctx.enclosing_function(top)
        if function is not None and (fate.kind == "returned" or _is_async(ctx, function)):
            dropper = dropping_callee(ctx, function) or _dropped_iife(ctx, function)
            combined = _combined_map(ctx, function) if dropper.endswith("map") else None
            if combined is not None:
                combined.catches, combined.thens = catches, thens
                return combined
            if dropper:
                fate.kind = "callback_dropped"
                fate.detail = dropper
            elif fate.kind == "returned" and _floating_then(ctx, function):
                # Ex) find(id).then((u) => prisma.audit.create(…));   -- the chain floats
                fate.kind = "callback_dropped"
                fate.detail = "a `.then` callback of a promise chain nobody awaits"
    return fate


def _floating_then(ctx: JsContext, function: Node) -> bool:
    """``function`` is a ``.then/.catch/.finally`` callback and the chain it belongs to is lost."""
    arguments = function.parent
    call = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    callee = call.child_by_field_name("function") if call is not None else None
    if call is None or callee is None or callee.type != "member_expression":
        return False
    if ctx.text_of(callee.child_by_field_name("property")) not in ("then", "catch", "finally"):
        return False
    return fate_of(ctx, call).lost


def _combined_map(ctx: JsContext, function: Node) -> Fate | None:
    """``Promise.all(xs.map((x) => write(x)))`` whose combined promise is dropped."""
    call = function.parent.parent if function.parent is not None else None
    if call is None:
        return None
    outer = _decide(ctx, climb(ctx, call)[0])
    return outer if outer.kind == "combined_dropped" else None


def _dropped_iife(ctx: JsContext, function: Node) -> str:
    """``void (async () => { await write() })()``: the invocation's promise is dropped."""
    current = function
    while current.parent is not None and current.parent.type == "parenthesized_expression":
        current = current.parent
    call = current.parent
    if (
        call is None
        or call.type != "call_expression"
        or call.child_by_field_name("function") != current
    ):
        return ""
    return "an immediately invoked async function" if _decide(ctx, climb(ctx, call)[0]).lost else ""


def _decide(ctx: JsContext, top: Node) -> Fate:
    parent = top.parent
    if parent is None:
        return Fate("dropped", top)
    kind = parent.type
    if kind == "await_expression":
        return Fate("awaited", top)
    if kind == "return_statement":
        return Fate("returned", top)
    if kind == "arrow_function" and parent.child_by_field_name("body") == top:
        return Fate("returned", top)
    if kind == "yield_expression":
        return Fate("yielded", top)
    if kind == "expression_statement":
        return Fate("dropped", top)
    if kind == "unary_expression" and ctx.text_of(parent).startswith("void"):
        return Fate("discarded", parent)
    if kind == "variable_declarator" and parent.child_by_field_name("value") == top:
        name = parent.child_by_field_name("name")
        return _stored(ctx, top, ctx.text_of(name), name)
    if kind == "assignment_expression" and parent.child_by_field_name("right") == top:
        left = parent.child_by_field_name("left")
        if left is not None and left.type == "identifier":
            return _stored(ctx, top, ctx.text_of(left), left)
        return Fate("stored", top, detail=ctx.text_of(left))
    if kind == "arguments" and parent.parent is not None:
        call = parent.parent
        function = call.child_by_field_name("function")
        callee = dotted(ctx, function) if function is not None else ""
        if last_segment(callee) in WAIT_UNTIL:
            return Fate("wait_until", top, detail=callee)
        if COMBINATORS.match(callee):
            # Ex) Promise.all(rows.map((r) => db.insert(t).values(r)));   -- itself dropped
            outer = _decide(ctx, climb(ctx, call)[0])
            if outer.lost:
                return Fate("combined_dropped", outer.top, detail=callee)
            return Fate("combined", top, detail=callee)
        return Fate("passed", top, detail=callee or ctx.text_of(function))
    if kind == "array":
        outer = fate_of(ctx, parent)
        if outer.lost:
            return Fate(outer.kind, top, detail=outer.detail, used=outer.used)
        return Fate(outer.kind, top, detail=outer.detail)
    if kind in ("pair", "spread_element", "template_substitution", "property_signature"):
        return Fate("stored", top, detail="an object")
    return Fate("passed", top, detail=kind)


def _stored(ctx: JsContext, top: Node, name: str, name_node: Node | None) -> Fate:
    if not re.fullmatch(r"[\w$]+", name):
        return Fate("stored", top, detail=name)  # destructuring: assume used
    scope = ctx.enclosing_function(top)
    end = scope.end_byte if scope is not None else len(ctx.source)
    start = name_node.end_byte if name_node is not None else top.end_byte
    rest = ctx.source[start:end]
    uses = list(re.finditer(rb"(?<![\w$.])" + re.escape(name.encode()) + rb"(?![\w$])", rest))
    if uses:
        combined = _combined_use(ctx, [start + use.start() for use in uses])
        if combined is not None:
            return combined
    return Fate("stored", top, detail=name, used=bool(uses))


def _combined_use(ctx: JsContext, offsets: list[int]) -> Fate | None:
    """``const jobs = …; Promise.all(jobs);`` -- the only use of the stored promise(s) is a
    combinator whose own promise is dropped."""
    found: Fate | None = None
    for offset in offsets:
        node = ctx.tree.root_node.descendant_for_byte_range(offset, offset + 1)
        parent = node.parent if node is not None else None
        if parent is not None and parent.type in ("array", "spread_element"):
            parent = parent.parent if parent.type == "spread_element" else parent
            parent = parent.parent if parent is not None and parent.type == "array" else parent
        call = parent.parent if parent is not None and parent.type == "arguments" else None
        function = call.child_by_field_name("function") if call is not None else None
        callee = dotted(ctx, function) if function is not None else ""
        if call is None or not COMBINATORS.match(callee):
            return None
        outer = _decide(ctx, climb(ctx, call)[0])
        if not outer.lost:
            return None
        found = found or Fate("combined_dropped", outer.top, detail=callee)
    return found


def dropping_callee(ctx: JsContext, function: Node) -> str:
    """``forEach``/``setTimeout``… when ``function`` is a callback whose return value they drop;
    also ``map`` when the array of promises it returns is itself dropped."""
    parent = function.parent
    if parent is None or parent.type != "arguments" or parent.parent is None:
        return ""
    call = parent.parent
    callee = call.child_by_field_name("function")
    name = dotted(ctx, callee) if callee is not None else ""
    if not name and callee is not None and callee.type == "member_expression":
        name = ctx.text_of(callee.child_by_field_name("property"))
    if last_segment(name) in DROPPING_CALLEES and not name.startswith(("Effect.", "Stream.")):
        return name  # Effect.forEach runs and joins its effects: a combinator, not Array's
    if last_segment(name) == "map" and _decide(ctx, climb(ctx, call)[0]).lost:
        return name
    return ""


def _is_async(ctx: JsContext, function: Node) -> bool:
    return function.type in FUNCTION_TYPES and any(
        child.type == "async" for child in function.children
    )


def only_chained_later(ctx: JsContext, top: Node, name: str) -> bool:
    """``const p = pool.query(…); p.then(ok, fail)``: the stored promise is only ever given
    callbacks, never awaited, returned or handed on, so it still runs in the background."""
    function = ctx.enclosing_function(top)
    if not re.fullmatch(r"[\w$]+", name):
        return False
    end = function.end_byte if function is not None else len(ctx.source)
    after = ctx.source[top.end_byte : end]
    uses = list(re.finditer(rb"(?<![\w$.])" + re.escape(name.encode()) + rb"\b", after))
    if not uses:
        return False
    for use in uses:
        before = after[max(0, use.start() - 40) : use.start()]
        chained = re.match(rb"\s*\.\s*(then|catch|finally)\s*\(", after[use.end() :])
        if chained is None or re.search(rb"(await|return|yield\*?|=>|[(,\[=])\s*$", before):
            return False
    return True
