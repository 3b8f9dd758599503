"""LW004 swallowed-write-error (JavaScript/TypeScript).

## What it does
Checks for write failures that are caught and only logged or ignored, after which the code
goes on as if the data was stored:

- ``await write().catch((e) => console.error(e))`` (or ``.then(ok, (e) => log(e))``) on a
  write whose result the caller relies on; for a background write (not awaited, or inside
  ``waitUntil``) only a handler that ignores the error or logs below error level is reported;
- ``try { await write() } catch (e) { logger.warn(e) }`` whose ``catch`` only logs (or is
  empty) and neither re-throws, returns an error, answers an error status nor records the
  failure anywhere;
- ``fs.writeFile(path, data, (err) => { if (err) console.log(err) })``.

## Why is this bad?
The failure is visible only as a log line (often at WARN, which nobody alerts on); the
response still says success, the next step still runs, and the data is gone. In the field
report a view counter failed on every request for two days: the ``.catch`` logged a warning.

## Example
```typescript
try {
  await db.insert(orders).values(order);
} catch (err) {
  console.warn("could not save order", err);
}
return c.json({ ok: true });
```

Use instead:
```typescript
try {
  await db.insert(orders).values(order);
} catch (err) {
  logger.error("could not save order", err);
  return c.json({ error: "order not saved" }, 500); // or rethrow
}
```
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lostwrite.detectors.js.context import JsContext
from lostwrite.detectors.js.handling import Swallow, swallows
from lostwrite.detectors.js.promises import fate_of
from lostwrite.detectors.js.writes import Write, arguments_of

if TYPE_CHECKING:
    from tree_sitter import Node

CODE = "LW004"
TRIGGERS = (b"catch", b".then(", b"err", b"writeFile", b"appendFile")

FUNCTIONS = frozenset(
    {
        "arrow_function",
        "function_expression",
        "function",
        "function_declaration",
        "method_definition",
    }
)


def check(ctx: JsContext) -> None:
    reported_catches: set[Node] = set()
    for write in ctx.writes.all():
        # Ex) fs.writeFile(path, data, (err) => { if (err) console.log(err) })
        #     connection.query("INSERT …", values, (err) => { if (err) console.error(err) })
        if not write.promise:
            _callback(ctx, write)
            continue
        fate = fate_of(ctx, write.node)
        # Ex) await db.insert(t).values(v).catch((e) => console.error(e))
        if fate.catches:
            swallow = swallows(ctx, fate.catches[-1])
            if swallow is not None:
                background = fate.lost or fate.kind == "wait_until"
                if background and ctx.documented_best_effort(fate.top):
                    ctx.accept(CODE, write.node, "documented as best-effort", call=write.what)
                    continue
                # Ex) const row = await db.update(…).catch(() => null); if (!row) return …
                if fate.kind == "awaited" and _result_checked(ctx, fate.top):
                    ctx.accept(
                        CODE, write.node, "failure checked through the result", call=write.what
                    )
                    continue
                if not background or swallow.level != "error":
                    _report(ctx, write, swallow, background)
                else:
                    ctx.accept(
                        CODE,
                        write.node,
                        "background failure logged at error level",
                        call=write.what,
                    )
                continue
            ctx.accept(CODE, write.node, "failure handled in .catch", call=write.what)
            continue
        if fate.lost:
            continue
        # Ex) try { await prisma.order.create(…) } catch (e) { console.warn(e) }
        clause = _enclosing_catch(write.node)
        if clause is None:
            continue
        swallow = swallows(ctx, clause)
        if swallow is None:
            ctx.accept(CODE, write.node, "error re-raised or handled", call=write.what)
            continue
        if clause in reported_catches:
            continue
        reported_catches.add(clause)
        _report(ctx, write, swallow, False)


def _report(ctx: JsContext, write: Write, swallow: Swallow, background: bool) -> None:
    where = f"line {ctx.line_of(swallow.node)}"
    if background:
        consequence = (
            "nobody is alerted, so every failure of this background write is silent data loss"
        )
        fix = "log at error level with the key of the lost data and record a metric you alert on, or retry it"
    else:
        consequence = (
            "execution continues as if the data was stored, and the caller is told it succeeded"
        )
        fix = (
            "re-throw, return an error (e.g. a 500 response), or record the failure durably "
            "for a retry; log at error level with the key of the lost data"
        )
    ctx.report(
        CODE,
        write.node,
        f"a failure of {write.what} is {swallow.describe} ({where}). {consequence[0].upper()}"
        f"{consequence[1:]}. Fix: {fix}",
        risk="medium",
        call=write.what,
    )


def _callback(ctx: JsContext, write: Write) -> None:
    args = arguments_of(write.node)
    if not args or args[-1].type not in ("arrow_function", "function_expression", "function"):
        return
    swallow = swallows(ctx, args[-1])
    if swallow is not None:
        _report(ctx, write, swallow, False)


def _enclosing_catch(node: Node) -> Node | None:
    """The ``catch`` clause of the nearest ``try`` whose body contains ``node`` (same function)."""
    current = node
    parent = node.parent
    while parent is not None:
        if parent.type in FUNCTIONS:
            return None
        if parent.type == "try_statement" and parent.child_by_field_name("body") == current:
            return parent.child_by_field_name("handler")
        current = parent
        parent = parent.parent
    return None


def _result_checked(ctx: JsContext, top: Node) -> bool:
    """``const x = await write().catch(() => null)`` followed by a check of ``x``."""
    declarator = top.parent.parent if top.parent is not None else None
    if declarator is None or declarator.type != "variable_declarator":
        return False
    name = ctx.text_of(declarator.child_by_field_name("name"))
    if not re.fullmatch(r"[\w$]+", name):
        return False
    scope = ctx.enclosing_function(top)
    end = scope.end_byte if scope is not None else len(ctx.source)
    rest = ctx.source[declarator.end_byte : end].decode("utf-8", errors="replace")
    word = re.escape(name)
    return (
        re.search(
            rf"if\s*\(\s*!\s*{word}\b|\b{word}\s*[!=]==?\s*(null|undefined|false)|"
            rf"\b{word}\s*(\?\?|\|\|)|if\s*\(\s*{word}\s*\)",
            rest,
        )
        is not None
    )
