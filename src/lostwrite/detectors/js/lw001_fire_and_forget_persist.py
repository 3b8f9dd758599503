"""LW001 fire-and-forget-persist (JavaScript/TypeScript).

## What it does
Checks for write promises that nothing awaits, returns, keeps or hands to ``waitUntil``: a
write call as a bare statement, ``void write()``, ``write().catch((e) => logger.warn(e))``
with nothing awaiting the chain, ``x.then(() => { write() })`` whose callback does not return
the write, a write promise stored in a variable that is never read again, and writes awaited
or returned inside callbacks whose promise ``forEach``/``setTimeout`` throws away. A write is
anything ``writes.py`` recognises (ORM, SQL, KV, queue, HTTP ``POST``, files, local helpers
that write). A call on an object imported from the project (``auditLog.record(e)``,
``ledger.append(entry)``, ``this.audit.record(…)`` with ``audit: AuditService``) counts when the
imported module's method writes; a write returned from a ``.then`` callback counts when the
chain itself floats. Awaited, returned, ``Promise.all``-ed, stored-and-used and
``waitUntil``-ed writes are accepted (and listed in the audit). Analytics pings and cache
warm-ups are not writes and are not reported, nor are statements of synchronous SQLite APIs
(a Durable Object's ``ctx.storage.sql.exec(…)``, better-sqlite3/``bun:sqlite``/``node:sqlite``
``exec``/``run``/``query(…).run()``), which return no promise.

## Why is this bad?
The handler returns, the response goes out, and the write is still in flight. Cloudflare
Workers cancel un-``waitUntil``-ed work when the response is sent, middleware closes the
request-scoped connection, a serverless instance freezes, a process exits: the write never
lands. The failure, if it is seen at all, is a warning nobody reads.

## Example
```typescript
app.get("/authors/:key", async (c) => {
  const author = await getAuthorDetails(sql, c.req.param("key"));
  trackAuthorView(sql, author.author_key).catch((err) => logger?.warn("track failed", err));
  return c.json(author);
});
```

Use instead:
```typescript
c.executionCtx.waitUntil(
  trackAuthorView(sql, author.author_key).catch((err) => logger?.error("track failed", err)),
);
```
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lostwrite.detectors.js.context import JsContext
from lostwrite.detectors.js.handlers import handler_of, wait_until_for
from lostwrite.detectors.js.handling import swallows
from lostwrite.detectors.js.project import module_bytes
from lostwrite.detectors.js.promises import Fate, fate_of, only_chained_later
from lostwrite.detectors.js.writes import Write, is_chain_top

if TYPE_CHECKING:
    from tree_sitter import Node

CODE = "LW001"
TRIGGERS = (
    b"insert", b"update", b"delete", b"upsert", b"save", b"create", b"put(", b"send(",
    b"writeFile", b"appendFile", b"INSERT", b"UPDATE", b"DELETE", b"method:", b"prepare(",
    b"remove", b"destroy", b"persist", b".add(", b"publish", b".post(", b"Bun.write",
    b"Insert", b"Update", b"Delete", b"track", b"record", b"store", b"increment", b"enqueue",
    b"incr", b"hset", b"push", b"zadd", b"xadd", b"sadd", b".set(", b".del(", b"setDoc", b"addDoc",
    b"updateDoc", b"deleteDoc", b"hSet", b"Push", b"Add(", b"Incr", b"expire", b"./",
)  # fmt: skip

CONTINUATION = re.compile(
    r"\b(res|reply|response|ctx)\.(json|send|status|sendStatus|code|redirect|end|render|body)\b|"
    r"\bprocess\.exit\(|\b(next|callback|cb|done|resolve)\("
)

LOGGER_NAME = re.compile(r"^console\.|log|noop|debug", re.IGNORECASE)
REQUEST_NAMES = re.compile(r"\b(res|reply|response|ctx|next|callback|cb|done|resolve)\b")

ACCEPTED = {
    "awaited": "awaited",
    "returned": "returned to the caller",
    "yielded": "yielded",
    "wait_until": "passed to waitUntil",
    "combined": "passed to {detail}",
    "passed": "passed to {detail}",
    "stored": "stored in {detail} and used later",
}


EFFECT_FORKS = frozenset({"Effect.fork", "Effect.forkDaemon", "Effect.forkScoped", "Effect.forkIn"})


def check(ctx: JsContext) -> None:
    for write in ctx.writes.all() + _imported_writes(ctx):
        if not write.promise:
            continue
        fate = fate_of(ctx, write.node)
        # Ex) await db.insert(t).values(v) / return sql`…` / ctx.waitUntil(p) / Promise.all([...])
        # Ex) const p = pool.query("INSERT …"); p.then(ok, fail)   -- only given callbacks
        chained = fate.kind == "stored" and only_chained_later(ctx, fate.top, fate.detail)
        # Ex) yield* Effect.forkDaemon(persist(order)) in a route: a fiber nobody joins
        forked = (
            fate.kind == "passed"
            and fate.detail in EFFECT_FORKS
            and handler_of(ctx, fate.top) is not None
        )
        if not fate.lost and not chained and not forked:
            if fate.kind == "passed" and _inside_write(ctx, fate):
                continue  # db.execute(sql`UPDATE …`): the outer call is the write
            reason = ACCEPTED.get(fate.kind, "handed on").format(detail=fate.detail or "a call")
            ctx.accept(CODE, write.node, reason, call=write.what)
            continue
        # Ex) // best-effort, do not await
        #     writeFile(lastCheckedFile, "").catch(() => {})
        if ctx.documented_best_effort(fate.top):
            ctx.accept(CODE, write.node, "documented as best-effort", call=write.what)
            continue
        # Ex) main();   -- a script's top level: the event loop stays alive until it settles
        #     (async () => { await db("t").del() })();   -- likewise, in a job script
        outermost = _top_level_iife(ctx, fate) or fate.top
        if (
            ctx.enclosing_function(outermost) is None
            and b"process.exit" not in ctx.source[outermost.end_byte :]
        ):
            ctx.accept(CODE, write.node, "top level of a script", call=write.what)
            continue
        # Ex) order.save().then(() => res.status(201).json(order)).catch(next)
        if fate.kind == "dropped" and _continues_and_handles(ctx, fate):
            ctx.accept(
                CODE,
                write.node,
                "the chain answers or exits in .then and hands failures on in .catch",
                call=write.what,
            )
            continue
        # Ex) catch (err) { logEnrichmentOperation(sql, …) }   -- failure bookkeeping
        if write.what.startswith("log") and _in_catch_block(write):
            ctx.accept(CODE, write.node, "in catch block", call=write.what)
            continue
        _report(ctx, write, fate)


def _top_level_iife(ctx: JsContext, fate: Fate) -> Node | None:
    """The ``(async () => { … })()`` call a write runs in, when the write is awaited there and
    the IIFE is a statement of the module itself."""
    if fate.kind != "callback_dropped" or not fate.detail.startswith("an immediately"):
        return None
    function = ctx.enclosing_function(fate.top)
    current = function
    while (
        current is not None
        and current.parent is not None
        and (current.parent.type == "parenthesized_expression")
    ):
        current = current.parent
    call = current.parent if current is not None else None
    if call is None or call.type != "call_expression":
        return None
    return call if ctx.enclosing_function(call) is None else None


def _imported_writes(ctx: JsContext) -> list[Write]:
    """``auditLog.record(e)`` / ``ledger.append(entry)`` left floating, where the object is
    imported from a module of the project (``./lib/audit``) whose ``record``/``append`` method
    writes: a neutral method name that ``writes.py`` cannot judge from this file alone. Only
    calls whose promise is lost are resolved, so awaited calls cost nothing."""
    from lostwrite.detectors.js.project import imported_context, resolve

    found: list[Write] = []
    imports = ctx.index.imports
    if not any(target.startswith(".") for target in imports.values()):
        return found
    declared: dict[str, str] | None = None
    for call in ctx.index.calls:
        function = call.child_by_field_name("function")
        if function is None or function.type not in ("member_expression", "identifier"):
            continue
        receiver = (
            function.child_by_field_name("object")
            if function.type == "member_expression"
            else function
        )
        if receiver is None or receiver.type not in ("identifier", "member_expression"):
            continue
        # Ex) auditLog.record(e) with ``import { auditLog } from "./audit"``, or
        #     this.audit.record(e) with ``private readonly audit: AuditService`` imported, or
        #     recordSignup(user) with ``import { recordSignup } from "./events"``
        type_name = ""
        if function.type == "identifier":
            target = imports.get(ctx.text_of(function), "")
            if "#" not in target:
                continue
        elif receiver.type == "identifier":
            target = imports.get(ctx.text_of(receiver), "")
            if not target.startswith("."):
                declared = _declared_classes(ctx) if declared is None else declared
                type_name = declared.get(ctx.text_of(receiver), "")
                target = imports.get(type_name, "")
        elif ctx.text_of(receiver).startswith("this."):
            declared = _declared_classes(ctx) if declared is None else declared
            type_name = declared.get(ctx.text_of(receiver)[5:], "")
            target = imports.get(type_name, "")
        else:
            continue
        if not target.startswith(".") or ctx.writes.get(call) is not None:
            continue
        if not is_chain_top(call) or not fate_of(ctx, call).lost:
            continue
        spec = target.split("#", 1)[0]
        method = (
            target.partition("#")[2]
            if function.type == "identifier"
            else ctx.text_of(function.child_by_field_name("property"))
        )
        path = resolve(ctx.path, spec)
        if path is None or not _may_define_writer(path, method):
            continue  # a cheap look at the module's bytes before parsing it
        other = imported_context(ctx, spec)
        if other is None:
            continue
        definition = (
            other.writes.classes.get(target.partition("#")[2] or type_name, {}).get(method)
            if type_name
            else other.index.local_functions.get(method)
        )
        inner = (
            next(
                (
                    w
                    for w in other.writes.all()
                    if definition.start_byte < w.node.start_byte < definition.end_byte
                ),
                None,
            )
            if definition is not None
            else None
        )
        if inner is None or definition is None or not _gives_a_promise(other, definition, inner):
            continue
        found.append(
            Write(
                call,
                f"{ctx.text_of(function)}() (writes via {inner.what} in {spec})",
                "call",
                inner.client,
                True,
                inner.table,
                inner.verb,
            )
        )
    return found


def _may_define_writer(path: str, method: str) -> bool:
    """The module mentions ``method(`` and some write vocabulary."""
    data = module_bytes(path)
    return method.encode() + b"(" in data and any(t in data for t in TRIGGERS[:-1])


ANNOTATION = re.compile(rb":[ \t]*([A-Z][\w$]*)[ \t]*[,)=;\n]")
ANNOTATED_NAME = re.compile(rb"(?<![\w$.])([\w$]+)\??[ \t]*$")


def _declared_classes(ctx: JsContext) -> dict[str, str]:
    """Names annotated with a class (``private readonly audit: AuditService``), first wins."""
    found: dict[str, str] = {}
    source = ctx.source
    for match in ANNOTATION.finditer(source):
        name = ANNOTATED_NAME.search(source, max(0, match.start() - 80), match.start())
        if name is not None:
            found.setdefault(name.group(1).decode(), match.group(1).decode())
    return found


def _gives_a_promise(ctx: JsContext, definition: Node, inner: Write) -> bool:
    """The method is ``async`` or returns its write's promise."""
    if any(child.type == "async" for child in definition.children):
        return True
    return inner.promise and fate_of(ctx, inner.node).kind == "returned"


def _report(ctx: JsContext, write: Write, fate: Fate) -> None:
    wait_until = wait_until_for(ctx, fate.top)
    handler = handler_of(ctx, fate.top)
    # Ex) void db.insert(events).values(e)
    if fate.kind == "discarded":
        how = f"{write.what} is started and explicitly discarded with `void`"
    # Ex) const p = prisma.user.update({…})   -- never read again
    elif fate.kind == "stored" and fate.used:
        how = (
            f"{write.what} is stored in `{fate.detail}`, which is only given `.then`/`.catch` "
            f"callbacks and never awaited"
        )
    elif fate.kind == "stored":
        how = f"{write.what} is stored in `{fate.detail}` and never awaited"
    # Ex) Promise.all(rows.map((r) => db.insert(t).values(r)));
    elif fate.kind == "combined_dropped":
        how = (
            f"{write.what} is collected in `{fate.detail}(…)`, and that combined promise is "
            "never awaited"
        )
    # Ex) items.forEach(async (item) => { await db.insert(items).values(item) })
    elif fate.kind == "callback_dropped":
        how = (
            f"{write.what} runs in {fate.detail}, whose promise is dropped"
            if fate.detail.startswith("an immediately")
            else f"{write.what} is returned from {fate.detail}"
            if fate.detail.startswith("a `")
            else f"{write.what} runs in a callback passed to {fate.detail}(), which drops its promise"
        )
    elif fate.kind == "passed":
        how = f"{write.what} is forked with `{fate.detail}` into a fiber nobody joins"
    # Ex) trackAuthorView(sql, key).catch((err) => logger?.warn(…))
    else:
        how = f"{write.what} is started and never awaited"
    lazy = (
        fate.kind in ("dropped", "discarded", "stored")
        and not (fate.kind == "stored" and fate.used)
        and not (fate.catches or fate.thens)
    )
    if write.what.startswith("drizzle") and lazy:
        how += " (a drizzle query that is never awaited is not even sent)"
    failure = _failure(ctx, fate)
    if handler is not None:
        loss = (
            "The handler returns and the response is sent while it is still in flight: the "
            "runtime can cancel it or the request-scoped connection can close first, and the "
            "data is lost"
        )
    else:
        loss = (
            "Nothing waits for it: if the caller finishes, the process exits or the connection "
            "closes first, the data is lost"
        )
    if fate.kind == "callback_dropped" and fate.detail.endswith("forEach"):
        fix = "use `for … of` with `await`, or `await Promise.all(items.map(…))`"
    elif wait_until:
        fix = f"wrap it in `{wait_until}(…)` so the runtime keeps it alive, or await it"
    elif fate.kind == "passed":
        fix = "run it in the request (`yield* persist(x)`), or hand it to a durable queue"
    else:
        fix = "await it (or return it, or collect it in `await Promise.all([...])`)"
    message = f"{how}. {loss}{failure}. Fix: {fix}"
    risk = "critical" if handler is not None and write.kind in ("db", "call", "kv") else "medium"
    ctx.report(
        CODE,
        fate.top,
        message,
        fix_available=bool(wait_until) and fate.kind in ("dropped", "discarded"),
        risk=risk,
        call=write.what,
    )


def _failure(ctx: JsContext, fate: Fate) -> str:
    if fate.kind == "combined_dropped" and fate.detail.endswith("allSettled"):
        return "; a failure is only recorded in results nobody reads"
    if not fate.catches:
        return "; a failure becomes an unhandled rejection"
    swallowed = swallows(ctx, fate.catches[-1])
    if swallowed is None:
        return ""
    return f"; its failure is {swallowed.describe}"


def _continues_and_handles(ctx: JsContext, fate: Fate) -> bool:
    """A callback-style chain: the rest of the work (the response, the exit, the callback)
    happens in ``.then`` and the failure goes to ``next``/an exit/an error response in
    ``.catch``, so nothing is acknowledged before the write settles."""
    if not fate.thens or not fate.catches or swallows(ctx, fate.catches[-1]) is not None:
        return False
    return any(_continues(ctx, then) for then in fate.thens)


def _continues(ctx: JsContext, then: Node) -> bool:
    """``.then(respond)`` / ``.then(created(res))`` / ``.then(() => res.json(x))``; not a
    logger (``.then(console.log)``)."""
    text = ctx.text_of(then)
    if then.type in ("identifier", "member_expression"):
        return LOGGER_NAME.search(text) is None
    if then.type == "call_expression":
        return REQUEST_NAMES.search(text) is not None
    return CONTINUATION.search(text) is not None


def _inside_write(ctx: JsContext, fate: Fate) -> bool:
    arguments = fate.top.parent
    return (
        arguments is not None
        and arguments.parent is not None
        and ctx.writes.get(arguments.parent) is not None
    )


def _in_catch_block(write: Write) -> bool:
    node = write.node.parent
    while node is not None:
        if node.type == "catch_clause":
            return True
        if node.type in (
            "function_declaration",
            "arrow_function",
            "function_expression",
            "method_definition",
        ):
            return False
        node = node.parent
    return False
