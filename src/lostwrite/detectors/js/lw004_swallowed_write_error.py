"""LW004 swallowed-write-error (JavaScript/TypeScript).

## What it does
Checks for write failures that are caught and only logged or ignored, after which the code
goes on as if the data was stored:

- ``await write().catch((e) => console.error(e))`` (or ``.then(ok, (e) => log(e))``,
  ``.catch(noop)``, ``.catch(logError)``, ``.catch(() => null)``, a handler that logs and
  returns ``{ ok: true }``/``[]``) on a write whose result the caller relies on, also when the
  write runs under ``Promise.all([...]).catch(…)``; for a background write (not awaited, or
  inside ``waitUntil``) only a handler that ignores the error or logs below error level is
  reported;
- ``try { await write() } catch (e) { logger.warn(e) }`` (sync writes such as
  ``writeFileSync`` and better-sqlite3 included) whose ``catch`` only logs (or is empty, or
  logs in every ``if``/``else`` branch, or logs and then ``continue``s/``break``s the loop) and
  neither re-throws, returns an error, answers an error status nor records the failure
  anywhere; a retry loop that throws once the attempts run out is handling, and so is a
  write of a diagnostic or cache file (log, report, cache) or one documented as best-effort;
- ``fs.writeFile(path, data, (err) => { if (err) console.log(err) })``;
- ``const results = await Promise.allSettled(writes)`` never read, or whose rejected results
  are only logged;
- Effect: ``Effect.catchAll((e) => Effect.logWarning(…))`` (or ``catchAllCause``, ``orElse``,
  ``Effect.ignore``, ``catchTag``/``catchTags`` of a generic error, a handler that only logs
  through ``Console``/``Effect.log*``/``Effect.gen`` or succeeds with an empty value) in the
  ``.pipe(…)`` or ``pipe(…)`` of a write or of the ``Effect.tryPromise`` wrapping it;
  ``catchTag`` of an expected outcome (``ConstraintError``, ``NotFound``…) is a decision;
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

from lostwrite.detectors.js.context import BEST_EFFORT, JsContext
from lostwrite.detectors.js.handling import Swallow, block_swallows, log_level, swallows
from lostwrite.detectors.js.promises import fate_of
from lostwrite.detectors.js.writes import (
    CallsByName,
    Write,
    arguments_of,
    chain_of,
    target_words,
)

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
    b".ok",
    b".status",
)

EFFECT_CATCHERS = frozenset(
    {
        "Effect.catchAll", "Effect.catchAllCause", "Effect.orElse", "Effect.orElseSucceed",
        "Effect.catchTag", "Effect.catchTags", "Effect.catchIf", "Effect.catchSome",
    }
)  # fmt: skip
# A narrow catch of an expected outcome (a duplicate, a missing parent) is a decision, not a
# swallowed failure: ``Effect.catchTag("ConstraintError", (e) => Effect.logWarning(…))``.
EXPECTED_TAG = re.compile(
    r"Constraint|Conflict|Duplicate|Unique|AlreadyExists|Exists|NotFound|NoSuchElement|Missing",
)
SENTINEL_RETURN = re.compile(r"^return\s+(?:null|undefined|false)\s*;?$")
COMBINED = ("Promise.all", "Promise.any", "Promise.race")
LOOPS = frozenset({"for_statement", "for_in_statement", "while_statement", "do_statement"})
PIPE_FUNCTIONS = frozenset({"pipe", "Function.pipe", "F.pipe", "Effect.pipe"})
CALLBACK_TYPES = frozenset({"arrow_function", "function_expression", "function"})
# ``return { ok: true }`` / ``return true`` at the end of a handler that only logged: the
# failure answered as a success.
SUCCESS_VALUE = (
    r"(?:true|\[\]|\{\}|\{\s*(?:ok|success|saved|stored|persisted|done)\s*:\s*true\b[^}]*\})"
)
SUCCESS_RETURN = re.compile(rf"^return\s+{SUCCESS_VALUE}\s*;?$")
SUCCEED = re.compile(rf"^Effect\.succeed\(\s*{SUCCESS_VALUE}\s*\)$")
# ``.catch(logError)`` / ``.catch(reportError)``: a handler that logs by its name.
LOGGER_NAME = re.compile(r"(log|logger|report|warn)(Error|Errors|Warning|Warn|Failure|Exception)?")
CONSOLE_LOG = re.compile(r"Console\.(log|error|warn|info|debug)")
# Effect pipe steps that only replace the value: the logged failure becomes a success.
EMPTY_STEP = re.compile(r"^Effect\.(as\(|asVoid$|zipRight\(Effect\.(succeed|void)\b|orElseSucceed)")
DIAGNOSTIC = re.compile(
    r"\b(logs?|reports?|timings?|traces?|debug|profiles?|metrics|stats|crash|dumps?|cache[sd]?)\b",
    re.IGNORECASE,
)
RECORD_WORDS = re.compile(r"audit|ledger|journal|billing|payment|order|event", re.IGNORECASE)
# Answers that tell the client it worked, beyond handling.py's ``res.json(…)``/``c.json(…)``.
SUCCESS_STATEMENT = re.compile(
    r"^(?:return\s+)?(?:await\s+)?(?:(?:res|reply|response|ctx)\.redirect\(|redirect\(|"
    r"reply\.code\(\s*20[0-4]\s*\)\.send\(|new\s+Response\(|c\.(?:text|body|redirect)\()"
)
FAILURE_WORDS = re.compile(r"\b[45]\d\d\b|error|fail|problem|unavailable|\bfalse\b", re.IGNORECASE)
GENERIC_STORE = re.compile(
    r"(?i)(repo|repository|db|database|store|storage|collection|model|client|dao|service|"
    r"manager|em|entities|table|tx|trx|conn|connection|pool|doc|data|row|item|record|entity)"
)
# Registering an event listener: the emitter does not look at the listener's outcome.
LISTENER_REGISTRATIONS = frozenset(
    {"on", "once", "subscribe", "addListener", "addEventListener", "prependListener"}
)
# Removing a file: a failure leaves garbage behind, it loses no data.
REMOVALS = re.compile(r"^(?:[\w$.]+\.)?(?:unlink|unlinkSync|rm|rmSync|remove|removeSync|rmdir)\b")
REJECTED = re.compile(r"""['"`]rejected['"`]|!==?\s*['"`]fulfilled['"`]""")
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
    calls = CallsByName(ctx)
    for write in ctx.writes.all():
        # Ex) fs.writeFile(path, data, (err) => { if (err) console.log(err) })
        #     connection.query("INSERT …", values, (err) => { if (err) console.error(err) })
        if not write.promise:
            args = arguments_of(write.node)
            if args and args[-1].type in CALLBACK_TYPES:
                _callback(ctx, write)
            else:
                # Ex) try { fs.writeFileSync(p, s) } catch (e) { console.warn(e) }   (sync API)
                _try_catch(ctx, write, reported_catches, calls)
            continue
        fate = fate_of(ctx, write.node)
        # Ex) await Promise.allSettled(rows.map((r) => pool.query("UPDATE …", r)))  -- unread
        settled = None if fate.catches else _unread_all_settled(ctx, write.node)
        logged = None if fate.catches or settled else _logged_all_settled(ctx, write.node)
        if logged is not None:
            # Ex) for (const r of results) if (r.status === "rejected") logger.warn(r.reason)
            call, swallow = logged
            if call not in reported_catches:
                reported_catches.add(call)
                under = f" (run under `Promise.allSettled`, line {ctx.line_of(call)})"
                _report(ctx, write, swallow, False, under)
            continue
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
        # Ex) await Promise.all([db.insert(a).values(x), …]).catch((e) => console.warn(e))
        combined = _combinator_call(ctx, write.node, COMBINED) if not fate.catches else None
        if combined is not None:
            outer = fate_of(ctx, combined)
            if outer.catches:
                swallow = _swallows(ctx, outer.catches[-1])
                if swallow is not None and not outer.lost and outer.kind == "awaited":
                    if combined not in reported_catches:
                        reported_catches.add(combined)
                        under = f" (run under `{_callee(ctx, combined)}`, line "
                        under += f"{ctx.line_of(combined)})"
                        _report(ctx, write, swallow, False, under)
                    continue
        # Ex) await db.insert(t).values(v).catch((e) => console.error(e))
        if fate.catches:
            swallow = _swallows(ctx, fate.catches[-1])
            if swallow is not None:
                # Ex) const p = track(sql, id).catch((e) => logger.error(e)); ctx.waitUntil(p)
                background = fate.lost or fate.kind in ("wait_until", "stored", "passed")
                if background and ctx.documented_best_effort(fate.top):
                    ctx.accept(CODE, write.node, "documented as best-effort", call=write.what)
                    continue
                # Ex) migrate().then(() => process.exit()).catch((e) => logger.log(e)) at the top
                #     of a script: the operator running it reads the failure on the console
                if ctx.enclosing_function(fate.top) is None and b"process.exit(" in ctx.source:
                    ctx.accept(CODE, write.node, "script failure printed", call=write.what)
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
            swallow = _swallows(ctx, handler)
            if swallow is not None:
                _report(ctx, write, swallow, False)
            continue
        # Ex) Effect.gen(function* () { yield* sql`INSERT …` }).pipe(Effect.catchAll(() =>
        #     Effect.logWarning(…)))   -- the whole program's failure, this write's included
        handler = _gen_catch(ctx, write.node)
        if handler is not None:
            swallow = _swallows(ctx, handler)
            if swallow is not None and swallow.level != "error":
                _report(ctx, write, swallow, False)
            continue
        # Ex) const { error } = await supabase.from("t").upsert(row); if (error) console.warn(error)
        if fate.kind == "awaited":
            swallow = _error_result_swallowed(ctx, fate.top)
            if swallow is None and write.kind == "http":
                # Ex) const res = await fetch(url, { method: "PUT" }); if (!res.ok) console.warn(…)
                swallow = _failed_status_swallowed(ctx, fate.top)
            if swallow is not None:
                _report(ctx, write, swallow, False)
                continue
        # Ex) try { return Entity.create(props) } catch (e) { … }: a promise returned (or handed
        #     to a call nobody awaits) leaves the try before it settles; the catch never sees it
        unawaited = fate.kind == "returned" or (
            fate.kind == "passed" and not _awaited_around(fate.top)
        )
        if unawaited and _enclosing_catch(write.node) is not None:
            continue
        # Ex) try { await prisma.order.create(…) } catch (e) { console.warn(e) }
        _try_catch(ctx, write, reported_catches, calls)


def _try_catch(
    ctx: JsContext, write: Write, reported_catches: set[Node], calls: CallsByName
) -> None:
    """The write runs in a ``try`` whose ``catch`` only logs (or ignores) the failure
    (directly, or through the ``await Promise.all(rows.map((r) => write(r)))`` it is in)."""
    clause = _enclosing_catch(write.node)
    if clause is None and write.promise:
        combined = _combinator_call(ctx, write.node, COMBINED)
        clause = _enclosing_catch(combined) if combined is not None else None
    if clause is None:
        return
    if _documented(ctx, write, clause):
        ctx.accept(CODE, write.node, "documented as best-effort", call=write.what)
        return
    if _retried_then_thrown(ctx, clause):
        ctx.accept(CODE, write.node, "retried, then thrown", call=write.what)
        return
    swallow = _swallows(ctx, clause)
    if swallow is None:
        ctx.accept(CODE, write.node, "error re-raised or handled", call=write.what)
        return
    if swallow.level == "error" and _listener_end(ctx, clause):
        ctx.accept(
            CODE, write.node, "event listener failure logged at error level", call=write.what
        )
        return
    if REMOVALS.match(write.what):
        return  # Ex) try { await fs.remove(upload) } catch (e) { log(e) }: a cleanup, no data
    if _sentinel_checked(ctx, clause, calls):
        ctx.accept(
            CODE, write.node, "failure returned as a value the callers check", call=write.what
        )
        return
    if clause in reported_catches:
        return
    reported_catches.add(clause)
    _report(ctx, write, swallow, False)


def _sentinel_checked(ctx: JsContext, clause: Node, calls_by_name: CallsByName) -> bool:
    """The ``catch`` ends with ``return null`` (``undefined``/``false``) while the ``try``
    returns a value, and every caller in this file checks it (``const saved = await
    createBooking(…); if (!saved) …``): the failure is propagated as a value."""
    body = clause.child_by_field_name("body")
    statements = [c for c in body.named_children if c.type != "comment"] if body else []
    if not statements or not SENTINEL_RETURN.match(ctx.text_of(statements[-1])):
        return False
    function = ctx.enclosing_function(clause)
    name = ctx.binding_name(function) if function is not None else ""
    if not name:
        return False
    calls = [
        call
        for call in calls_by_name.get(name)
        if not function.start_byte <= call.start_byte < function.end_byte
    ]
    for call in calls:
        fate = fate_of(ctx, call)
        if fate.kind != "awaited" or not _result_checked(ctx, fate.top):
            return False
    return bool(calls)


def _unread_all_settled(ctx: JsContext, node: Node) -> Node | None:
    """The awaited ``Promise.allSettled(…)`` call ``node`` runs under, when its result is
    discarded or stored in a variable that is never read again."""
    current = _all_settled_call(ctx, node)
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


def _all_settled_call(ctx: JsContext, node: Node) -> Node | None:
    """The ``Promise.allSettled(…)`` call ``node`` runs under (at most two functions up)."""
    return _combinator_call(ctx, node, ("Promise.allSettled", "Promise.allSettled.bind"))


def _combinator_call(ctx: JsContext, node: Node, names: tuple[str, ...]) -> Node | None:
    """The ``Promise.all(…)``-like call (one of ``names``) ``node`` runs under (at most two
    functions up: ``Promise.all(rows.map(async (r) => write(r)))``)."""
    current = node.parent
    functions = 0
    while current is not None and functions <= 2:
        if current.type in FUNCTIONS:
            functions += 1
        if (
            current.type == "call_expression"
            and ctx.text_of(current.child_by_field_name("function")) in names
        ):
            return current
        current = current.parent
    return None


def _callee(ctx: JsContext, call: Node) -> str:
    return ctx.text_of(call.child_by_field_name("function"))


def _report(
    ctx: JsContext, write: Write, swallow: Swallow, background: bool, under: str = ""
) -> None:
    if _diagnostic_file(ctx, write):
        reason = "a diagnostic or cache file (log, report, cache)"
        ctx.accept(CODE, write.node, reason, call=write.what)
        return
    where = f"line {ctx.line_of(swallow.node)}"
    if background:
        consequence = (
            "nobody is alerted, so every failure of this background write is silent data loss"
        )
        fix = "log at error level with the key of the lost data and record a metric you alert on, or retry it"
    else:
        consequence = (
            "the loop goes on to the next item: this one is never stored, and the caller is "
            "told the whole batch succeeded"
            if _ends_with_continue(swallow.node)
            else "execution continues as if the data was stored, and the caller is told it "
            "succeeded"
        )
        fix = (
            "re-throw, return an error (e.g. a 500 response), or record the failure durably "
            "for a retry; log at error level with the key of the lost data"
        )
    ctx.report(
        CODE,
        write.node,
        f"a failure of {write.what}{under} is {swallow.describe} ({where}). {consequence[0].upper()}"
        f"{consequence[1:]}{_lost(write)}. Fix: {fix}",
        risk="medium",
        call=write.what,
    )


def _lost(write: Write) -> str:
    """``: the insert into `orders` is lost`` when the written table or file is known."""
    table = " ".join(write.table.split())
    if not table or len(table) > 60 or GENERIC_STORE.fullmatch(table.rsplit(".", 1)[-1]):
        return ""  # Ex) repo.save(x): the receiver, not what is stored
    verb = write.verb or "write"
    preposition = {"insert": "into", "upsert": "into", "delete": "from"}.get(verb, "of")
    return f": the {verb} {preposition} `{table}` is lost"


def _documented(ctx: JsContext, write: Write, clause: Node) -> bool:
    """A comment at the write, at the ``catch`` or inside it says the write is best-effort
    (``catch { /* best effort: rebuilt on the next miss */ }``)."""
    if ctx.documented_best_effort(write.node) or ctx.documented_best_effort(clause):
        return True
    body = clause.child_by_field_name("body")
    return any(
        child.type == "comment" and BEST_EFFORT.search(ctx.text_of(child))
        for child in (body.named_children if body is not None else [])
    )


def _retried_then_thrown(ctx: JsContext, clause: Node) -> bool:
    """The ``try`` is inside a retry loop that throws once the attempts run out
    (``for (…attempts…) { try { await write(); return } catch (e) { log(e) } } throw …``)."""
    loop = clause.parent
    while loop is not None and loop.type not in LOOPS:
        if loop.type in FUNCTIONS:
            return False
        loop = loop.parent
    if loop is None:
        return False
    function = ctx.enclosing_function(loop)
    end = function.end_byte if function is not None else len(ctx.source)
    return re.search(rb"\bthrow\b", ctx.source[loop.end_byte : end]) is not None


def _diagnostic_file(ctx: JsContext, write: Write) -> bool:
    """The write (or the local helper's file write) goes to a log, report, trace or timing
    file: losing it loses no user data (``writeFileSync(`${logPath}debug.log`, …)``)."""
    if write.kind == "file":
        inner = write
    elif write.kind == "call" and "(writes via " in write.what:
        via = write.what.split("(writes via ", 1)[1].removesuffix(")")
        inner = next(
            (w for w in ctx.writes.by_node.values() if w.kind == "file" and w.what == via), write
        )
    else:
        return False
    chain = chain_of(ctx, inner.node)
    args = arguments_of(chain.calls[-1] if chain.calls else inner.node)
    if inner.kind != "file" or not args:
        return False
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", target_words(ctx, args[0])).replace("_", " ")
    return DIAGNOSTIC.search(words) is not None and RECORD_WORDS.search(words) is None


def _ends_with_continue(handler: Node) -> bool:
    """A ``catch`` clause (or callback) whose block ends with ``continue``."""
    body = handler.child_by_field_name("body")
    statements = [c for c in body.named_children if c.type != "comment"] if body else []
    return bool(statements) and statements[-1].type == "continue_statement"


def _callback(ctx: JsContext, write: Write) -> None:
    args = arguments_of(write.node)
    if not args or args[-1].type not in ("arrow_function", "function_expression", "function"):
        return
    swallow = _swallows(ctx, args[-1])
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
    steps = _pipe_steps(ctx, node)
    for step in steps:
        text = ctx.text_of(step)
        if text.startswith(("Effect.orDie", "Effect.die")):
            return None  # the failure is a defect from here on: no catchAll sees it
        if text in ("Effect.ignore", "Effect.ignoreLogged"):
            return step
        function = step.child_by_field_name("function") if step.type == "call_expression" else None
        if function is not None and ctx.text_of(function) in EFFECT_CATCHERS:
            args = arguments_of(step)
            if args and args[-1].type == "object":
                # Ex) Effect.catchTags({ SqlError: (e) => Effect.logWarning(e) })
                handlers = [
                    pair.child_by_field_name("value")
                    for pair in args[-1].named_children
                    if pair.type == "pair"
                    and not EXPECTED_TAG.search(ctx.text_of(pair.child_by_field_name("key")))
                ]
                return next((h for h in handlers if h is not None and _swallows(ctx, h)), None)
            if len(args) == 2 and EXPECTED_TAG.search(ctx.text_of(args[0])):
                return None  # Ex) Effect.catchTag("ConstraintError", …): an expected outcome
            return args[-1] if args else None
    return None


def _gen_catch(ctx: JsContext, node: Node) -> Node | None:
    """The catcher piped onto the ``Effect.gen(function* () {…})`` the write is yielded in
    (see :func:`_effect_catch`); a logged-at-error-level boundary there is left alone."""
    current = node.parent
    while current is not None and current.type not in FUNCTIONS | {"generator_function"}:
        current = current.parent
    if current is None or current.type not in ("generator_function", "function_expression"):
        return None
    if (
        current.type == "function_expression"
        and b"*" not in ctx.source[current.start_byte : current.start_byte + 12]
    ):
        return None
    holder = current.parent
    call = holder.parent if holder is not None and holder.type == "arguments" else None
    if call is None or ctx.text_of(call.child_by_field_name("function")) != "Effect.gen":
        return None
    for step in _pipe_steps(ctx, call):
        text = ctx.text_of(step)
        if text.startswith(("Effect.orDie", "Effect.die")):
            return None
        if text in ("Effect.ignore", "Effect.ignoreLogged"):
            return step
        function = step.child_by_field_name("function") if step.type == "call_expression" else None
        if function is not None and ctx.text_of(function) in EFFECT_CATCHERS:
            args = arguments_of(step)
            if len(args) == 2 and EXPECTED_TAG.search(ctx.text_of(args[0])):
                return None
            return args[-1] if args and args[-1].type != "object" else None
    return None


def _pipe_steps(ctx: JsContext, node: Node) -> list[Node]:
    """The steps applied to the effect ``node``: ``node.pipe(a, b)`` or ``pipe(node, a, b)``."""
    parent = node.parent
    if parent is not None and parent.type == "member_expression":
        grand = parent.parent
        if (
            ctx.text_of(parent.child_by_field_name("property")) == "pipe"
            and grand is not None
            and grand.type == "call_expression"
        ):
            return arguments_of(grand)
        return []
    if parent is not None and parent.type == "arguments" and parent.parent is not None:
        function = parent.parent.child_by_field_name("function")
        args = arguments_of(parent.parent)
        if ctx.text_of(function) in PIPE_FUNCTIONS and args and args[0] == node:
            return args[1:]
    return []


def _swallows(ctx: JsContext, handler: Node) -> Swallow | None:
    """:func:`swallows`, and also: a handler that logs and then ``continue``s (or ``break``s)
    the loop or returns a success or an empty value (``return { ok: true }``, ``return []``);
    ``.catch(ignore)`` with ``ignore`` a function of this file that swallows, or
    ``.catch(logError)``; an Effect handler that only logs (``Console.error(e)``,
    ``Effect.logWarning(e).pipe(Effect.as(null))``, an ``Effect.gen`` that only logs)."""
    found = swallows(ctx, handler)
    if found is not None:
        return found
    if handler.type == "identifier":
        return _named_handler(ctx, handler)
    body = handler.child_by_field_name("body")
    if body is not None and body.type in ("binary_expression", "unary_expression"):
        # Ex) (err) => err && console.error(err)  /  (e) => void logger.warn(e)
        operator = body.child_by_field_name("operator")
        side = body.child_by_field_name("right" if body.type == "binary_expression" else "argument")
        if ctx.text_of(operator) in ("&&", "void") and side is not None:
            if side.type == "call_expression":
                level = log_level(ctx, side)
                return Swallow(level, handler) if level else None
        return None
    if body is not None and body.type == "call_expression":
        level = _effect_log_level(ctx, body)
        return Swallow(level, handler) if level else None
    if body is None or body.type != "statement_block":
        return None
    level = _block_level(ctx, body)
    return Swallow(level, handler) if level else None


def _block_level(ctx: JsContext, block: Node) -> str:
    """``none``/``warn``/``error`` when every statement of the block only logs; the last one
    may also ``continue``/``break`` or return a success (``return { ok: true }``), and an
    ``if``/``else`` counts when every branch only logs; '' otherwise."""
    if block.type != "statement_block":
        return _statements_level(ctx, [block])  # Ex) else if (…) …  /  if (e) log(e)
    statements = [c for c in block.named_children if c.type not in ("comment", "empty_statement")]
    return _statements_level(ctx, statements)


def _statements_level(ctx: JsContext, statements: list[Node]) -> str:
    level = "none"
    for index, statement in enumerate(statements):
        if index == len(statements) - 1 and (
            statement.type in ("continue_statement", "break_statement")
            or (
                statement.type == "return_statement"
                and SUCCESS_RETURN.match(ctx.text_of(statement))
            )
        ):
            continue
        if statement.type == "if_statement":
            branches = [statement.child_by_field_name("consequence")]
            alternative = statement.child_by_field_name("alternative")
            if alternative is not None:
                named = alternative.named_children
                branches.append(named[-1] if named else None)
            for branch in branches:
                inner = _block_level(ctx, branch) if branch is not None else ""
                if not inner:
                    return ""
                level = _higher(level, inner)
            continue
        text = ctx.text_of(statement)
        if SUCCESS_STATEMENT.match(text) and not FAILURE_WORDS.search(text):
            continue  # Ex) console.error(err); res.redirect("/thanks")   -- success anyway
        found = block_swallows(ctx, statement)
        if found is None:
            return ""
        level = _higher(level, found.level)
    return level


def _higher(a: str, b: str) -> str:
    order = {"none": 0, "warn": 1, "error": 2}
    return a if order[a] >= order[b] else b


def _named_handler(ctx: JsContext, handler: Node) -> Swallow | None:
    """``.catch(ignore)`` with ``ignore`` defined in this file, or ``.catch(logError)``."""
    name = ctx.text_of(handler)
    function = ctx.index.local_functions.get(name)
    if function is None:
        match = LOGGER_NAME.fullmatch(name)
        if match is None:
            return None
        return Swallow("error" if "rror" in name or "xception" in name else "warn", handler)
    body = function.child_by_field_name("body")
    if function.type in CALLBACK_TYPES:
        inner = swallows(ctx, function)
    elif body is not None:
        inner = block_swallows(ctx, body) if body.named_children else Swallow("none", body)
    else:
        inner = None
    return Swallow(inner.level, handler) if inner is not None else None


def _effect_log_level(ctx: JsContext, call: Node) -> str:
    """The level of an Effect handler body that only logs: ``Console.error(e)``,
    ``Effect.logWarning(…).pipe(Effect.as(null))``, ``Effect.gen(function* () { yield*
    Effect.logError(…) })``; '' for anything else."""
    function = call.child_by_field_name("function")
    callee = ctx.text_of(function)
    if function is not None and function.type == "member_expression" and callee.endswith(".pipe"):
        steps = arguments_of(call)
        if not all(EMPTY_STEP.match(ctx.text_of(step)) for step in steps):
            return ""
        inner = function.child_by_field_name("object")
        return _effect_log_level(ctx, inner) if inner.type == "call_expression" else ""
    if CONSOLE_LOG.fullmatch(callee):
        return "error" if callee.endswith("error") else "warn"
    if SUCCEED.match(ctx.text_of(call)):
        return "none"  # Ex) Effect.catchAll(() => Effect.succeed({ saved: true }))
    if callee.startswith("Effect.log"):
        return "error" if callee.endswith(("Error", "Fatal")) else "warn"
    if callee == "Effect.gen":
        args = arguments_of(call)
        body = args[-1].child_by_field_name("body") if args else None
        if body is None or body.type != "statement_block":
            return ""
        level = "none"
        for statement in body.named_children:
            if statement.type == "comment":
                continue
            if statement.type == "return_statement" and (
                not statement.named_children or SUCCESS_RETURN.match(ctx.text_of(statement))
            ):
                continue
            expression = statement.named_children[0] if statement.named_children else None
            if expression is not None and expression.type == "yield_expression":
                expression = expression.named_children[0] if expression.named_children else None
            if expression is None or expression.type != "call_expression":
                return ""
            inner = _effect_log_level(ctx, expression)
            if not inner:
                return ""
            level = _higher(level, inner)
        return level
    return ""


def _logged_all_settled(ctx: JsContext, node: Node) -> tuple[Node, Swallow] | None:
    """``const results = await Promise.allSettled(writes)`` whose rejected results are only
    logged: every ``"rejected"`` check reads like ``if (r.status === "rejected") log(…)`` or
    ``results.filter((r) => r.status === "rejected").forEach((r) => log(…))``."""
    call = _all_settled_call(ctx, node)
    if call is None or call.parent is None or call.parent.type != "await_expression":
        return None
    holder = call.parent.parent
    scope = ctx.enclosing_function(call)
    if holder is None or holder.type != "variable_declarator" or scope is None:
        return None
    after = ctx.source[holder.end_byte : scope.end_byte].decode("utf-8", errors="replace")
    checks = len(REJECTED.findall(after))
    name = ctx.text_of(holder.child_by_field_name("name"))
    if not checks or not re.fullmatch(r"[\w$]+", name):
        return None
    word = re.escape(name)
    uses = len(re.findall(rf"(?<![\w$.]){word}\b", after))
    walks = len(
        re.findall(rf"\bof\s+{word}\b|(?<![\w$.]){word}\s*\.\s*(?:forEach|filter)\(", after)
    )
    if uses != walks:
        return None  # Ex) return results: the caller sees the rejections
    swallowed: list[Swallow] = []
    stack = [scope]
    while stack:
        current = stack.pop()
        if current.end_byte <= holder.end_byte:
            continue
        stack.extend(current.named_children)
        if current.type == "if_statement" and current.start_byte > holder.end_byte:
            condition = ctx.text_of(current.child_by_field_name("condition"))
            consequence = current.child_by_field_name("consequence")
            if REJECTED.search(condition) and consequence is not None:
                if current.child_by_field_name("alternative") is not None:
                    return None
                found = block_swallows(ctx, consequence)
                if found is None:
                    return None  # Ex) if (r.status === "rejected") failed.push(r)
                swallowed.append(found)
        elif current.type == "call_expression" and current.start_byte > holder.end_byte:
            function = current.child_by_field_name("function")
            if function is None or function.type != "member_expression":
                continue
            inner = function.child_by_field_name("object")
            method = ctx.text_of(function.child_by_field_name("property"))
            if (
                method in ("forEach", "map")
                and inner is not None
                and REJECTED.search(ctx.text_of(inner))
            ):
                args = arguments_of(current)
                found = _swallows(ctx, args[0]) if args else None
                if found is None:
                    return None
                swallowed.append(found)
    if len(swallowed) != checks:
        return None  # a rejection is also counted, thrown or returned somewhere
    worst = max(swallowed, key=lambda sw: {"none": 0, "warn": 1, "error": 2}[sw.level])
    return call, worst


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


def _failed_status_swallowed(ctx: JsContext, top: Node) -> Swallow | None:
    """``const res = await fetch(url, { method: "POST" })`` followed by an ``if (!res.ok)``
    (or ``res.status >= 400``) that only logs: an HTTP failure is a value, not a throw."""
    declarator = top.parent.parent if top.parent is not None else None
    if declarator is None or declarator.type != "variable_declarator":
        return None
    name = ctx.text_of(declarator.child_by_field_name("name"))
    statement = declarator.parent
    if not re.fullmatch(r"[\w$]+", name) or statement is None:
        return None
    word = re.escape(name)
    failed = re.compile(
        rf"^!\s*{word}\??\.ok$|^{word}\??\.ok\s*===?\s*false$|"
        rf"^{word}\??\.status\s*(?:>=?\s*[34]\d\d|!==?\s*20\d)$"
    )
    sibling = statement.next_named_sibling
    while sibling is not None and sibling.type == "comment":
        sibling = sibling.next_named_sibling
    if sibling is None or sibling.type != "if_statement":
        return None
    condition = ctx.text_of(sibling.child_by_field_name("condition")).strip("() ")
    consequence = sibling.child_by_field_name("consequence")
    if not failed.match(condition) or consequence is None:
        return None
    if sibling.child_by_field_name("alternative") is not None:
        return None
    level = _block_level(ctx, consequence)
    return Swallow(level, consequence) if level else None


def _awaited_around(node: Node) -> bool:
    """An ``await`` encloses ``node`` within its statement (``await withTimeout(write())``)."""
    current = node.parent
    while current is not None and not current.type.endswith(("statement", "declaration")):
        if current.type == "await_expression":
            return True
        if current.type in FUNCTIONS:
            return False
        current = current.parent
    return False


def _listener_end(ctx: JsContext, clause: Node) -> bool:
    """The ``try`` is the last statement of a callback registered as an event listener
    (``events.subscribe(E, async (e) => { try {…} catch (err) { logging.error(err) } })``): the
    emitter ignores what the listener returns, so an error-level log is where the failure
    ends, as for a background ``.catch``."""
    attempt = clause.parent
    block = attempt.parent if attempt is not None else None
    function = block.parent if block is not None else None
    if block is None or block.type != "statement_block" or function is None:
        return False
    statements = [c for c in block.named_children if c.type != "comment"]
    if not statements or statements[-1] != attempt or function.type not in CALLBACK_TYPES:
        return False
    arguments = function.parent
    call = arguments.parent if arguments is not None else None
    if arguments is None or arguments.type != "arguments" or call is None:
        return False
    callee = call.child_by_field_name("function")
    name = ctx.text_of(callee).rsplit(".", 1)[-1] if callee is not None else ""
    return name in LISTENER_REGISTRATIONS


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
