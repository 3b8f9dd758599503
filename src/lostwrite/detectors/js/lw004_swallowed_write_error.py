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
- ``fs.writeFile(path, data, (err) => { if (err) console.log(err) })``;
- Effect: ``Effect.catchAll((e) => Effect.logWarning(…))`` (or ``catchAllCause``, ``orElse``,
  ``Effect.ignore``) in the ``.pipe(…)`` of a write or of the ``Effect.tryPromise`` wrapping it;
- a failure *returned* rather than thrown (supabase-js ``const { error } = await …``) whose
  ``if (error)`` only logs it.

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
from lostwrite.detectors.js.handling import Swallow, block_swallows, swallows
from lostwrite.detectors.js.promises import fate_of
from lostwrite.detectors.js.writes import Write, arguments_of

if TYPE_CHECKING:
    from tree_sitter import Node

CODE = "LW004"
TRIGGERS = (
    b"catch",
    b".then(",
    b"err",
    b"writeFile",
    b"appendFile",
    b"Effect.ignore",
    b"orElse",
    b"allSettled",
)

EFFECT_CATCHERS = frozenset(
    {"Effect.catchAll", "Effect.catchAllCause", "Effect.orElse", "Effect.orElseSucceed"}
)
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
        # Ex) await Promise.allSettled(rows.map((r) => pool.query("UPDATE …", r)))  -- unread
        settled = None if fate.catches else _unread_all_settled(ctx, write.node)
        if settled is not None:
            if settled not in reported_catches:
                reported_catches.add(settled)
                ctx.report(
                    CODE,
                    write.node,
                    f"{write.what} runs under `Promise.allSettled` (line {ctx.line_of(settled)}) "
                    f"whose results are never inspected: every rejected write is dropped "
                    f"without a trace and the code goes on as if all were stored. Fix: check "
                    f'the results (`status === "rejected"`), log and re-throw or retry the '
                    f"failed ones, or use `Promise.all`",
                    risk="medium",
                    call=write.what,
                )
            continue
        # Ex) await db.insert(t).values(v).catch((e) => console.error(e))
        if fate.catches:
            swallow = swallows(ctx, fate.catches[-1])
            if swallow is not None:
                # Ex) const p = track(sql, id).catch((e) => logger.error(e)); ctx.waitUntil(p)
                background = fate.lost or fate.kind in ("wait_until", "stored", "passed")
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
        # Ex) yield* sql`INSERT …`.pipe(Effect.catchAll((e) => Effect.logWarning(e)))
        handler = _effect_catch(ctx, fate.top)
        if handler is not None:
            swallow = swallows(ctx, handler)
            if swallow is not None:
                _report(ctx, write, swallow, False)
            continue
        # Ex) const { error } = await supabase.from("t").upsert(row); if (error) console.warn(error)
        if fate.kind == "awaited":
            swallow = _error_result_swallowed(ctx, fate.top)
            if swallow is not None:
                _report(ctx, write, swallow, False)
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


def _unread_all_settled(ctx: JsContext, node: Node) -> Node | None:
    """The awaited ``Promise.allSettled(…)`` call ``node`` runs under, when its result is
    discarded or stored in a variable that is never read again."""
    current = node.parent
    functions = 0
    while current is not None and functions <= 2:
        if current.type in FUNCTIONS:
            functions += 1
        if current.type == "call_expression" and ctx.text_of(
            current.child_by_field_name("function")
        ) in ("Promise.allSettled", "Promise.allSettled.bind"):
            break
        current = current.parent
    else:
        return None
    if current is None or current.parent is None or current.parent.type != "await_expression":
        return None
    holder = current.parent.parent
    if holder is not None and holder.type == "expression_statement":
        return current
    if holder is not None and holder.type == "variable_declarator":
        name = holder.child_by_field_name("name")
        scope = ctx.enclosing_function(current)
        if name is None or name.type != "identifier" or scope is None:
            return None
        after = ctx.source[holder.end_byte : scope.end_byte]
        word = re.escape(name.text or b"")
        return current if re.search(rb"(?<![\w$.])" + word + rb"\b", after) is None else None
    return None


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


def _effect_catch(ctx: JsContext, top: Node) -> Node | None:
    """The handler of an ``Effect.catchAll``/``catchAllCause``/``orElse`` (or the
    ``Effect.ignore``) in the ``.pipe(…)`` applied to the write's effect, directly
    (``sql`…`.pipe(…)``) or to the ``Effect.tryPromise(() => write)`` wrapping it."""
    node = top
    parent = node.parent
    if parent is not None and parent.type == "arrow_function":
        holder = parent.parent
        if holder is not None and holder.type == "pair":
            holder = holder.parent.parent if holder.parent is not None else None
        call = holder.parent if holder is not None and holder.type == "arguments" else None
        function = call.child_by_field_name("function") if call is not None else None
        if call is None or not ctx.text_of(function).startswith("Effect."):
            return None
        node = call
        parent = node.parent
    if parent is None or parent.type != "member_expression":
        return None
    grand = parent.parent
    if (
        ctx.text_of(parent.child_by_field_name("property")) != "pipe"
        or grand is None
        or grand.type != "call_expression"
    ):
        return None
    for step in arguments_of(grand):
        text = ctx.text_of(step)
        if text.startswith(("Effect.orDie", "Effect.die")):
            return None  # the failure is a defect from here on: no catchAll sees it
        if text in ("Effect.ignore", "Effect.ignoreLogged"):
            return step
        function = step.child_by_field_name("function") if step.type == "call_expression" else None
        if function is not None and ctx.text_of(function) in EFFECT_CATCHERS:
            args = arguments_of(step)
            return args[-1] if args else None
    return None


def _error_result_swallowed(ctx: JsContext, top: Node) -> Swallow | None:
    """``const { error } = await write`` (supabase-js returns the failure instead of throwing)
    followed by an ``if (error)`` that only logs it."""
    declarator = top.parent.parent if top.parent is not None else None
    if declarator is None or declarator.type != "variable_declarator":
        return None
    pattern = declarator.child_by_field_name("name")
    if pattern is None or pattern.type != "object_pattern":
        return None
    name = ""
    for part in pattern.named_children:
        if part.type == "shorthand_property_identifier_pattern" and ctx.text_of(part) == "error":
            name = "error"
        elif (
            part.type == "pair_pattern" and ctx.text_of(part.child_by_field_name("key")) == "error"
        ):
            name = ctx.text_of(part.child_by_field_name("value"))
    statement = declarator.parent
    if not name or statement is None:
        return None
    sibling = statement.next_named_sibling
    while sibling is not None and sibling.type != "if_statement":
        sibling = sibling.next_named_sibling
    if sibling is None or sibling.child_by_field_name("alternative") is not None:
        return None
    condition = ctx.text_of(sibling.child_by_field_name("condition")).strip("() ")
    consequence = sibling.child_by_field_name("consequence")
    if condition != name or consequence is None:
        return None
    return block_swallows(ctx, consequence)


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
