"""LW002 resource-closed-under-background-write (JavaScript/TypeScript).

## What it does
Checks for background (un-awaited) writes on a database client that is closed when the
request ends: a Hono/Express/Workers middleware that runs ``await sql.end()`` /
``client.release()`` / ``pool.end()`` / ``db.$disconnect()`` after ``await next()`` (or in a
``res.on("finish")`` callback, a Fastify ``onResponse``/``onSend`` hook), a ``finally`` block
(or a later statement) in the same function that closes the client the write uses (a TypeORM
``queryRunner.release()``, ``mongoose.disconnect()`` after model writes in a script), or a
caller in the same file that closes the client it passed to the writing function as soon as
that function returns. Middleware is matched to handlers in the same file by the context key
(``c.set("sql", sql)`` / ``c.get("sql")``). When the middleware lives in another file the
detector reports from the handler side with the evidence it has, and says so: the client comes
from the request context (``c.get("sql")``, ``c.var.db``, ``res.locals.db``, ``req.db``) or is
created for this request (``postgres(url)``, ``await pool.connect()``).

## Why is this bad?
The handler returns, the middleware closes the connection, and the background write then
runs on a closed client: it fails with "connection ended" (or is cut off mid-query), and its
``.catch`` at best logs a warning. Nothing is stored, for every request.

## Example
```typescript
app.use("*", async (c, next) => {
  const sql = postgres(c.env.HYPERDRIVE.connectionString);
  c.set("sql", sql);
  await next();
  await sql.end(); // closes under trackAuthorView
});

app.get("/authors/:key", async (c) => {
  const sql = c.get("sql");
  trackAuthorView(sql, key).catch((err) => logger.warn(err));
  return c.json(author);
});
```

Use instead:
```typescript
c.executionCtx.waitUntil(trackAuthorView(sql, key).catch((err) => logger.error(err)));
// and close the client only after the background work settled, e.g. in the middleware:
// c.executionCtx.waitUntil(Promise.allSettled(pending).then(() => sql.end()))
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lostwrite.detectors.js.context import JsContext
from lostwrite.detectors.js.handlers import params, wait_until_for
from lostwrite.detectors.js.promises import fate_of, only_chained_later
from lostwrite.detectors.js.writes import (
    arguments_of,
    callee_name,
    chain_of,
    dotted,
    is_db_name,
    last_segment,
    string_value,
)

if TYPE_CHECKING:
    from tree_sitter import Node

CODE = "LW002"
TRIGGERS = (
    b".end(",
    b".release(",
    b"$disconnect(",
    b".close(",
    b".destroy(",
    b"c.get(",
    b"c.var.",
    b"locals.",
    b"connect(",
)

CLOSE_METHODS = frozenset(
    {"end", "release", "$disconnect", "close", "destroy", "dispose", "disconnect"}
)
# Closers that are not named like a database client: a TypeORM query runner, Mongoose itself.
OTHER_CLIENTS = re.compile(r"(^|\.)(runner|queryRunner|mongoose|mongoose\.connection)$")
GLOBAL_CONNECTIONS = frozenset({"mongoose", "mongoose.connection"})
# Callbacks that run once the response is done: ``res.on("finish", …)``, Fastify hooks.
AFTER_RESPONSE_EVENTS = frozenset({"finish", "close", "onResponse", "onSend"})
REQUEST_OBJECTS = frozenset({"req", "request", "ctx.state", "ctx.request", "res.locals"})
REQUEST_SCOPED = re.compile(
    r"^(?:await\s+)?(?:c\.get\(\s*['\"`](?P<key>\w+)['\"`]\s*\)|c\.var\.(?P<var>\w+)|"
    r"(?:res|reply)\.locals\.(?P<local>\w+)|req(?:uest)?\.(?P<req>\w+)|ctx\.state\.(?P<state>\w+))"
)
PER_REQUEST = re.compile(
    r"^(?:await\s+)?(?:postgres|neon|drizzle|createClient|createPool|createConnection|getDb|getDB|"
    r"getSql|getClient|connect|mysql\.createConnection|new\s+(?:Pool|Client|PrismaClient|Kysely))\b"
    r"|^(?:await\s+)?[\w.]+\.connect\(\)"
)


@dataclass(frozen=True, slots=True)
class Closer:
    """A call that closes a client: where, on what, and how it runs relative to the handler."""

    node: Node
    client: str  # the closed identifier (``sql``)
    keys: frozenset[str]  # context keys the client was published under (``c.set("sql", sql)``)
    how: str  # "after await next()" | "in finally" | "later in the function"
    function: Node | None


def check(ctx: JsContext) -> None:
    closers = _closers(ctx)
    for write in ctx.writes.all():
        if not write.promise or not write.client:
            continue
        fate = fate_of(ctx, write.node)
        if not fate.lost and not (
            fate.kind == "stored" and only_chained_later(ctx, fate.top, fate.detail)
        ):
            continue
        receiver = chain_of(ctx, write.node).receiver
        evidence = _evidence(ctx, write.client, receiver, fate.top, closers)
        if evidence is None:
            continue
        message, strong = evidence
        shown = receiver if _request_property(receiver) else write.client
        wait_until = wait_until_for(ctx, fate.top)
        keep = f"`{wait_until}(…)`" if wait_until else "something that outlives the response"
        ctx.report(
            CODE,
            fate.top,
            f"{write.what} runs in the background on `{shown}`, {message}. The write then "
            f'runs on a closed client, fails ("connection ended") and the data is lost. Fix: '
            f"await it before returning, or hand it to {keep} and close the client only after "
            f"it settled",
            risk="critical" if strong else "medium",
            call=write.what,
        )


def _closers(ctx: JsContext) -> list[Closer]:
    closers: list[Closer] = []
    for call in ctx.index.calls:
        function = call.child_by_field_name("function")
        if function is None or function.type != "member_expression":
            continue
        if callee_name(ctx, call) not in CLOSE_METHODS:
            continue
        receiver = function.child_by_field_name("object")
        client = dotted(ctx, receiver) if receiver is not None else ""
        if not client:
            match = REQUEST_SCOPED.match(ctx.text_of(receiver)) if receiver is not None else None
            client = next((g for g in match.groups() if g), "") if match else ""
            if not client:
                continue
        elif not is_db_name(client) and not OTHER_CLIENTS.search(client):
            continue
        scope = ctx.enclosing_function(call)
        closers.append(
            Closer(call, client, _published_keys(ctx, scope, client), _how(ctx, call, scope), scope)
        )
    return closers


def _published_keys(ctx: JsContext, scope: Node | None, client: str) -> frozenset[str]:
    if scope is None:
        return frozenset()
    keys = {client}
    for call in ctx.index.calls:
        if not scope.start_byte <= call.start_byte < scope.end_byte:
            continue
        if callee_name(ctx, call) == "set":
            args = arguments_of(call)
            if len(args) == 2 and ctx.text_of(args[1]) == client:
                key = string_value(ctx, args[0])
                if key:
                    keys.add(key)
    return frozenset(keys)


def _how(ctx: JsContext, call: Node, scope: Node | None) -> str:
    if scope is not None and _after_response_callback(ctx, scope):
        return "after the response"
    if scope is not None:
        names = [p.name for p in params(ctx, scope)]
        before = ctx.source[scope.start_byte : call.start_byte]
        if "next" in names and re.search(rb"\bawait\s+next\s*\(", before):
            return "after await next()"
    node = call.parent
    while node is not None and node != scope:
        if node.type == "finally_clause":
            return "in finally"
        node = node.parent
    return "later in the function"


def _after_response_callback(ctx: JsContext, function: Node) -> bool:
    """``res.on("finish", () => …)`` / ``app.addHook("onResponse", async (request) => …)``."""
    parent = function.parent
    if parent is None or parent.type != "arguments" or parent.parent is None:
        return False
    args = arguments_of(parent.parent)
    event = string_value(ctx, args[0]) if args else None
    name = callee_name(ctx, parent.parent)
    if name == "onFinished":  # the on-finished package: onFinished(res, () => …)
        return True
    return name in ("on", "once", "addHook") and event in AFTER_RESPONSE_EVENTS


def _request_property(client: str) -> str:
    """``db`` for ``req.db`` / ``request.pg`` / ``ctx.state.db``; '' for anything else."""
    owner, _, prop = client.rpartition(".")
    return prop if owner in REQUEST_OBJECTS else ""


def _evidence(
    ctx: JsContext, client: str, receiver: str, top: Node, closers: list[Closer]
) -> tuple[str, bool] | None:
    """Why ``client`` (the write's ``receiver``) is closed under the background write at
    ``top``, and how sure we are."""
    root = client.split(".")[0]
    function = ctx.enclosing_function(top)
    # Ex) res.on("finish", () => req.db.release())  …  req.db.query("UPDATE …")   (no await)
    prop = _request_property(receiver) or _request_property(client)  # request.db("t")…
    for closer in closers:
        if (
            closer.how in ("after the response", "after await next()")
            and prop
            and (_request_property(closer.client) == prop)
        ):
            return (
                f"a request-scoped client that is closed {closer.how} (`"
                f"{ctx.text_of(closer.node)}` at line {ctx.line_of(closer.node)}), as soon as "
                f"the handler returns",
                True,
            )
    # Ex) for (…) { User.updateOne(…).exec() }  …  await mongoose.disconnect()
    for closer in closers:
        if (
            closer.client in GLOBAL_CONNECTIONS
            and root[:1].isupper()  # a model: User.updateOne(…)
            and closer.function == function
            and closer.node.start_byte > top.start_byte
        ):
            return (
                f"and every model shares the connection that `{ctx.text_of(closer.node)}` "
                f"(line {ctx.line_of(closer.node)}) closes before the write can finish",
                True,
            )
    caller = _closed_by_caller(ctx, root, function, closers)
    if caller is not None:
        return caller, True
    origin, value = _origin(ctx, root, function, top)
    line = ctx.line_of(value) if value is not None else 0
    # Ex) try { client.query("INSERT …") } finally { client.release() }
    for closer in closers:
        if closer.client == root and closer.function is not None and function is not None:
            inside = closer.function.start_byte <= top.start_byte < closer.function.end_byte
            if (
                inside
                and closer.node.start_byte > top.start_byte
                and closer.how != "after await next()"
            ):
                where = (
                    "in a finally block" if closer.how == "in finally" else "later in this function"
                )
                return (
                    f"which is closed {where} (`{ctx.text_of(closer.node)}` at line "
                    f"{ctx.line_of(closer.node)}) before the write can finish",
                    True,
                )
    if origin == "context":
        match = REQUEST_SCOPED.match(ctx.text_of(value))
        key = next((g for g in match.groups() if g), root) if match else root
        # Ex) app.use(async (c, next) => { …; c.set("sql", sql); await next(); await sql.end() })
        for closer in closers:
            if closer.how == "after await next()" and (key in closer.keys or root in closer.keys):
                return (
                    f"a request-scoped client that the middleware at line {ctx.line_of(closer.node)} "
                    f"closes after `await next()` (`{ctx.text_of(closer.node)}`), as soon as the "
                    f"handler returns",
                    True,
                )
        # Ex) import { withSql } from "../middleware/db"; app.use("*", withSql)
        imported = _imported_middleware_closer(ctx, key, root)
        if imported is not None:
            return imported, True
        return (
            f"a request-scoped client taken from the request context at line {line}; no closer "
            f"is visible in this file, but request-scoped clients are typically closed by "
            f"middleware right after the handler returns (check yours)",
            False,
        )
    if origin == "per-request":
        return (
            f"a client created for this request at line {line}, which is torn down when the "
            f"request ends",
            False,
        )
    return None


def _closed_by_caller(
    ctx: JsContext, root: str, function: Node | None, closers: list[Closer]
) -> str | None:
    """``root`` is a parameter of ``function``, and a caller in this file closes the client it
    passed right after the call returns (``await serveAd(req, sql); await sql.end()``)."""
    if function is None:
        return None
    names = [p.name for p in params(ctx, function)]
    name = ctx.binding_name(function)
    if root not in names or not name:
        return None
    position = names.index(root)
    for call in ctx.index.calls:
        if callee_name(ctx, call) != last_segment(name) or call.start_byte == function.start_byte:
            continue
        args = arguments_of(call)
        if len(args) <= position or args[position].type != "identifier":
            continue
        passed = ctx.text_of(args[position])
        caller = ctx.enclosing_function(call)
        for closer in closers:
            if (
                closer.client == passed
                and closer.function == caller
                and closer.node.start_byte > call.end_byte
            ):
                return (
                    f"which `{ctx.function_name(caller) if caller is not None else 'the script'}` "
                    f"passed in and closes as soon as `{last_segment(name)}` returns "
                    f"(`{ctx.text_of(closer.node)}` at line {ctx.line_of(closer.node)})"
                )
    return None


def _origin(ctx: JsContext, name: str, function: Node | None, top: Node) -> tuple[str, Node | None]:
    """Where ``name`` comes from in the functions around ``top``: context, per-request, or ''."""
    scope = function
    while scope is not None:
        value = ctx.declared_value(name, scope, top.start_byte)
        if value is not None:
            text = ctx.text_of(value)
            if REQUEST_SCOPED.match(text):
                return "context", value
            if PER_REQUEST.match(text):
                return "per-request", value
            return "", None
        scope = ctx.enclosing_function(scope)
    return "", None


def _imported_middleware_closer(ctx: JsContext, key: str, root: str) -> str | None:
    """Evidence from a middleware installed with ``.use(…)`` and imported from another file."""
    from lostwrite.detectors.js.project import imported_context

    names = {
        ctx.text_of(arg)
        for call in ctx.index.calls
        if callee_name(ctx, call) == "use"
        for arg in arguments_of(call)
        if arg.type == "identifier"
    }
    for name in sorted(names):
        spec = ctx.index.module_of(name)
        other = imported_context(ctx, spec) if spec else None
        if other is None:
            continue
        for closer in _closers(other):
            if closer.how == "after await next()" and (key in closer.keys or root in closer.keys):
                return (
                    f"a request-scoped client that the middleware `{name}` ({spec}, line "
                    f"{other.line_of(closer.node)}) closes after `await next()` "
                    f"(`{other.text_of(closer.node)}`), as soon as the handler returns"
                )
    return None
