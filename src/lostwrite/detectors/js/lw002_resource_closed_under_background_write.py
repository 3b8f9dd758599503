"""LW002 resource-closed-under-background-write (JavaScript/TypeScript).

## What it does
Checks for background (un-awaited) writes on a database client that is closed before they can
finish:

- request-scoped clients closed when the request ends: a Hono/Koa/SvelteKit middleware that
  closes after ``await next()``/``await resolve()`` (``sql.end()``, ``client.release()``,
  ``trx.commit()``, ``c.executionCtx.waitUntil(sql.end())``), an Express ``res.on("finish")``
  callback, a Fastify ``onResponse``/``onSend``/``onRequestAbort`` hook, a hapi
  ``onPostResponse`` extension, an RxJS ``finalize`` in a NestJS interceptor. The middleware is
  matched to the handler by the key or request property the client is published under
  (``c.set("sql", sql)``, ``req.db = client``, ``ctx.state.trx = trx``), in the same file or in
  a middleware the file imports by relative path and installs with ``.use(…)``;
- a ``finally`` block or a later statement of the same function or script that closes the
  client (or what it was made from: ``db = mongo.db("shop")``, ``drizzle(pool)``,
  ``AppDataSource.getRepository(…)``), a ``res.on("finish")``/stream ``end`` callback the same
  function registers, a write returned without ``await`` from a ``try`` whose finally closes;
- a caller that closes the client as soon as the writing function returns or settles
  (``await logVisit(db); await db.end()``, ``main().finally(() => prisma.$disconnect())``), a
  helper that passes the client to a callback and closes it when the callback returns
  (``withClient(async (client) => …)``, also imported), a transaction callback
  (``db.transaction(async (trx) => …)`` commits when it returns);
- an application cleanup hook (``process.on("SIGTERM")``, Fastify ``onClose``, NestJS
  ``onModuleDestroy``) that closes the client without draining background writes (medium).

When the middleware is not visible, the detector reports from the handler side with the
evidence it has, and says so: the client is taken from the request context (``c.get("sql")``,
``c.var.db``, ``res.locals.db``) or created by the handler for this request. A client the
visible middleware publishes without ever closing is per-app, and not reported.

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

import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lostwrite.detectors.js.context import JsContext
from lostwrite.detectors.js.handlers import handler_of, params, wait_until_for
from lostwrite.detectors.js.project import imported_context, importers
from lostwrite.detectors.js.promises import fate_of, only_chained_later
from lostwrite.detectors.js.writes import (
    Write,
    arguments_of,
    callee_name,
    chain_of,
    declaration_starts,
    declaration_value,
    dotted,
    is_db_name,
    last_segment,
    scoped_value,
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
    b".quit(",
    b".commit(",
    b"ransaction(",
    b".begin(",
    b"c.get(",
    b"c.var.",
    b"locals.",
    b"connect(",
    b"req.",
    b"request.",
    b"ctx.state.",
    b"(async (",  # withClient(async (client) => …), in a file that imports withClient
    b"using ",  # await using conn = await pool.connect()
)

CLOSE_METHODS = frozenset(
    {
        "end", "release", "$disconnect", "close", "destroy", "dispose", "disconnect", "quit",
        "commit", "rollback",
    }
)  # fmt: skip
# Closers that are not named like a database client: a TypeORM query runner or data source,
# Mongoose itself, a Sequelize instance, a MikroORM ``orm``.
OTHER_CLIENTS = re.compile(
    r"(^|\.)(runner|queryRunner|mongoose|mongoose\.connection|sequelize|orm|\w*[dD]ataSource|\$client)$"
)
# Closing one of these closes the connection every model of the program shares.
GLOBAL_CONNECTIONS = frozenset({"mongoose", "mongoose.connection", "sequelize"})
# Callbacks that run once the response is done: ``res.on("finish", …)``, Fastify hooks.
# Also the end of a stream whose ``data``/``line`` callbacks start the writes.
AFTER_RESPONSE_EVENTS = frozenset(
    {"finish", "close", "end", "onResponse", "onSend", "onRequestAbort", "onTimeout"}
)
EVENT_REGISTRATIONS = frozenset({"on", "once", "addListener", "addHook"})
# ``db.$client`` (drizzle), ``db.client``: closing it closes what ``db`` runs on.
WRAPPED_CLIENTS = frozenset({"$client", "client", "pool", "driver", "connection", "session"})
# Application cleanup: the client is closed when the process shuts down.
SHUTDOWN_SIGNALS = frozenset({"SIGTERM", "SIGINT", "SIGQUIT", "SIGHUP", "beforeExit"})
SHUTDOWN_METHODS = frozenset(
    {"onModuleDestroy", "onApplicationShutdown", "beforeApplicationShutdown"}
)
# A request-scoped client: the context key or request property it is published under.
REQUEST_SCOPED = re.compile(
    r"^(?:await\s+)?(?:(?:c|ctx|context)\.get\(\s*['\"`](?P<key>\w+)['\"`]\s*\)|"
    r"(?:c|ctx)\.var\.(?P<var>\w+)|(?:res|reply)\.locals\.(?P<local>\w+)|"
    r"request\.app\.(?P<hapi>\w+)|req(?:uest)?\.(?P<req>\w+)|ctx\.state\.(?P<state>\w+)|"
    r"(?:(?:event|context|Astro)\.)?locals\.(?P<event>\w+)|"
    # Koa puts clients on the context itself: ``ctx.db``
    r"ctx\.(?!(?:state|request|response|req|res|body|status|params|query|headers|cookies|env|"
    r"waitUntil|passThroughOnException|app|set|get|throw|assert|redirect)\b)(?P<koa>\w+))"
)
# ``req.db = client`` / ``ctx.state.trx = trx`` / ``res.locals.db = db`` in a middleware.
PUBLISHED = (
    rb"(?:\breq|\brequest\.app|\brequest|\bctx\.state|\bctx|\bres\.locals|\bevent\.locals|\blocals)"
    rb"\.([\w$]+)\s*=(?!=)\s*"
)
PER_REQUEST = re.compile(
    r"^(?:await\s+)?(?:postgres|neon|drizzle|createClient|createPool|createConnection|getDb|getDB|"
    r"getSql|getClient|connect|mysql\.createConnection|new\s+(?:Pool|Client|PrismaClient|Kysely))\b"
    r"|^(?:await\s+)?[\w.]+\.connect\(\)"
)
# ``drizzle(c.env.DB)``: a wrapper around a Workers binding (D1), which nothing closes.
BINDING_ONLY = re.compile(
    r"\(\s*(?:c\.)?env\.(?![A-Z0-9_]*(?:URL|URI|DSN|STRING)\b)[A-Z0-9_]+\s*\)"
)
# Calls that hand out a *different* resource than their receiver (a pooled client, a
# transaction, a session): an alias of the result is not an alias of the receiver.
CHECKOUTS = frozenset(
    {
        "connect", "getConnection", "acquire", "createQueryRunner", "startSession",
        "transaction", "begin", "reserve",
    }
)  # fmt: skip
# Factories that wrap a client: ``drizzle(pool)``, ``new Kysely(…)``, ``knex(config)`` do not.
WRAPPERS = re.compile(r"^(?:drizzle|kysely|wrap\w*|new\s+\w+)$", re.IGNORECASE)
# ``db.transaction(async (trx) => …)``: the transaction is committed (and its connection
# released) as soon as the callback's promise settles.
TRANSACTION_CALLS = frozenset(
    {"transaction", "$transaction", "withTransaction", "runInTransaction", "transact"}
)


@dataclass(frozen=True, slots=True)
class Closer:
    """A call that closes a client: where, on what, and how it runs relative to the handler."""

    node: Node
    client: str  # the closed identifier (``sql``, ``req.db``)
    names: frozenset[str]  # the client and the request keys/properties it is published under
    how: str  # "after await next()" (or resolve()) | "after the response" | "in finally" |
    # "later in the function"
    function: Node | None  # the function the close runs in (None: the script's top level)
    owner: Node | None  # the middleware/handler that registered an after-response callback
    emitter: str = ""  # ``rl`` for ``rl.on("close", () => pool.end())``


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why the write's client is closed under it, how sure we are, and the fix to suggest."""

    text: str
    strong: bool
    fix: str = ""


def check(ctx: JsContext) -> None:
    closers = _closers(ctx)
    for write in ctx.writes.all():
        if not write.promise or not write.client:
            continue
        fate = fate_of(ctx, write.node)
        if fate.kind == "returned" and _returned_past_finally(ctx, write, fate.top, closers):
            continue
        if (
            not fate.lost
            and not (fate.kind == "stored" and only_chained_later(ctx, fate.top, fate.detail))
            and not (fate.kind == "returned" and _returned_into_lost_chain(ctx, fate.top))
        ):
            continue
        receiver = chain_of(ctx, write.node).receiver
        evidence = _evidence(ctx, write, receiver, fate.top, closers)
        if evidence is None:
            continue
        scoped = REQUEST_SCOPED.match(receiver)  # c.var.prisma for c.var.prisma.recipeView
        shown = scoped.group(0) if scoped else write.client
        known = write.table and not is_db_name(write.table)  # not ``manager`` in ``runner.manager``
        lost = f"what it writes to `{write.table}`" if known else "what it writes"
        ctx.report(
            CODE,
            fate.top,
            f"{write.what} runs in the background on `{shown}`, {evidence.text}. The write then "
            f'runs on a closed client, fails ("connection ended") and {lost} is lost. Fix: '
            f"{evidence.fix or _fix(ctx, fate.top)}",
            risk="critical" if evidence.strong else "medium",
            call=write.what,
        )


def _returned_past_finally(ctx: JsContext, write: Write, top: Node, closers: list[Closer]) -> bool:
    """``try { return client.query("INSERT …") } finally { client.release() }``: the promise is
    returned without ``await``, so the ``finally`` closes the client before the write runs.
    Reports it and returns True."""
    statement = top.parent
    if statement is None or statement.type != "return_statement":
        return False
    attempt = _try_around(statement, ctx.enclosing_function(top))
    if attempt is None:
        return False
    final = next((c for c in attempt.children if c.type == "finally_clause"), None)
    if final is None:
        return False
    names = _identity(ctx, write, chain_of(ctx, write.node).receiver, top).names
    closer = next(
        (
            c
            for c in closers
            if c.client in names and final.start_byte <= c.node.start_byte < final.end_byte
        ),
        None,
    )
    if closer is None:
        return False
    ctx.report(
        CODE,
        top,
        f"{write.what} is returned without `await` from a `try` whose finally closes the client "
        f"(`{ctx.text_of(closer.node)}` at line {ctx.line_of(closer.node)}): the finally runs "
        f"as soon as the promise is returned, so the write runs on a closed client, fails and "
        f"what it writes is lost. Fix: `return await` it, so the finally waits for the write",
    )
    return True


def _returned_into_lost_chain(ctx: JsContext, top: Node) -> bool:
    """``sql`SELECT …`.then(([row]) => sql`UPDATE …`)`` left floating: the write is returned
    into a ``.then``/``.finally`` chain whose own promise nobody awaits."""
    function = ctx.enclosing_function(top)
    parent = function.parent if function is not None else None
    chained = parent.parent if parent is not None and parent.type == "arguments" else None
    member = chained.child_by_field_name("function") if chained is not None else None
    if chained is None or member is None or member.type != "member_expression":
        return False
    if ctx.text_of(member.child_by_field_name("property")) not in ("then", "finally"):
        return False
    return fate_of(ctx, chained).lost


def _try_around(node: Node, function: Node | None) -> Node | None:
    """The ``try`` statement whose body (not its catch or finally) holds ``node``."""
    current = node
    while current.parent is not None and current.parent != function:
        parent = current.parent
        if parent.type == "try_statement" and parent.child_by_field_name("body") == current:
            return parent
        current = parent
    return None


def _middleware_fix(ctx: JsContext, top: Node) -> str:
    """The fix when a middleware closes the client once the handler returned."""
    wait_until = wait_until_for(ctx, top)
    if wait_until:
        return (
            f"await it before returning, or hand it to `{wait_until}(…)` and have the middleware "
            f"close the client only after the writes handed to it settled (e.g. "
            f"`{wait_until}(Promise.allSettled(pending).then(() => sql.end()))`)"
        )
    return (
        "await it before returning, or register its promise on the request and have the "
        "middleware close the client only after those promises settled (`await "
        "Promise.allSettled(pending)` before the close)"
    )


def _fix(ctx: JsContext, top: Node) -> str:
    """The fix when the code around the write closes the client itself."""
    wait_until = wait_until_for(ctx, top)
    if wait_until:
        return (
            f"await it before returning, or hand it to `{wait_until}(…)` and close the client "
            f"only after it settled (e.g. `{wait_until}(write.finally(() => client.end()))`)"
        )
    if handler_of(ctx, top) is not None:
        return (
            "await it before returning, or keep the promise and close the client only after it "
            "settled (`await Promise.allSettled(pending)` before the close)"
        )
    return (
        "await it, or collect the promises and `await Promise.allSettled(pending)` before the "
        "client is closed"
    )


# -- closers ----------------------------------------------------------------------------------


def _closers(ctx: JsContext) -> list[Closer]:
    """Every call that closes, releases, commits or disconnects a client, with what it closes,
    the names the client goes by, and when the close runs."""
    closers: list[Closer] = []
    writers: set[str] | None = None  # clients the file writes through (``producer``, ``queue``)
    for call in ctx.index.calls:
        function = call.child_by_field_name("function")
        if function is None or function.type != "member_expression":
            continue
        method = callee_name(ctx, call)
        if method not in CLOSE_METHODS:
            continue
        receiver = function.child_by_field_name("object")
        if receiver is None:
            continue
        client = dotted(ctx, receiver)
        if not client:
            client = _prop_of(ctx.text_of(receiver))
            if not client:
                continue
        elif not is_db_name(client) and not OTHER_CLIENTS.search(client):
            if writers is None:
                writers = {w.client for w in ctx.writes.all()}
            if client not in writers:
                continue
        scope = ctx.enclosing_function(call)
        if _in_catch(call, scope):
            continue  # runs only when something failed
        how = "at shutdown" if _shutdown_hook(ctx, scope) is not None else _how(ctx, call, scope)
        owner = ctx.enclosing_function(scope) if how == "after the response" and scope else scope
        names = {client}
        prop = _prop_of(client)
        if prop:
            names.add(prop)
        names |= _published_keys(ctx, owner, client)
        root, _, last = client.rpartition(".")
        if last in WRAPPED_CLIENTS and root and "." not in root and root != "this" and not prop:
            names.add(root)  # db.$client.end() closes what drizzle's ``db`` runs on
        emitter = _emitter(ctx, scope) if how == "after the response" else ""
        closers.append(Closer(call, client, frozenset(names), how, scope, owner, emitter))
    return closers


def _after_handler(closer: Closer) -> bool:
    """The close runs in a middleware once the handler is done (``await next()``)."""
    return closer.how.startswith("after await ")


def _in_catch(call: Node, scope: Node | None) -> bool:
    """The call sits in a ``catch`` clause of its function: it runs only on failure."""
    node = call.parent
    while node is not None and node != scope:
        if node.type == "catch_clause":
            return True
        node = node.parent
    return False


def _published_keys(ctx: JsContext, scope: Node | None, client: str) -> set[str]:
    """The context keys and request properties ``client`` is published under in ``scope``:
    ``c.set("sql", sql)``, ``c.set("db", drizzle(pool))``, ``req.db = client``."""
    if scope is None or "." in client:
        return set()
    keys: set[str] = set()
    for call in ctx.index.calls:
        if not scope.start_byte <= call.start_byte < scope.end_byte:
            continue
        if callee_name(ctx, call) == "set":
            args = arguments_of(call)
            if len(args) == 2 and _source_of(ctx, args[1]) == client:
                key = string_value(ctx, args[0])
                if key:
                    keys.add(key)
    pattern = re.compile(PUBLISHED + rb"(?:await\s+)?" + re.escape(client.encode()) + rb"\s*[;\n]")
    for match in pattern.finditer(ctx.source, scope.start_byte, scope.end_byte):
        keys.add(match.group(1).decode())
    return keys


def _how(ctx: JsContext, call: Node, scope: Node | None) -> str:
    """When the close runs relative to the handler or to the code before it in ``scope``."""
    if scope is not None and _after_response_callback(ctx, scope):
        return "after the response"
    if scope is not None:
        # Ex) async (c, next) => { …; await next(); … }  /  handle({ event, resolve }) (SvelteKit)
        names = " ".join(p.name for p in params(ctx, scope))
        before = ctx.source[scope.start_byte : call.start_byte]
        awaited = re.search(rb"\bawait\s+(next|resolve)\s*\(", before)
        if awaited and re.search(r"\b" + awaited.group(1).decode() + r"\b", names):
            return f"after await {awaited.group(1).decode()}()"
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
    if name in ("onFinished", "finalize"):  # onFinished(res, () => …); RxJS finalize(() => …)
        return True
    if name == "ext" and event == "onPostResponse":  # hapi
        return True
    return name in EVENT_REGISTRATIONS and event in AFTER_RESPONSE_EVENTS


def _emitter(ctx: JsContext, callback: Node | None) -> str:
    """``rl`` for a callback registered with ``rl.on("…", callback)``; '' otherwise."""
    if callback is None or callback.parent is None or callback.parent.parent is None:
        return ""
    callee = callback.parent.parent.child_by_field_name("function")
    if callee is None or callee.type != "member_expression":
        return ""
    if ctx.text_of(callee.child_by_field_name("property")) not in EVENT_REGISTRATIONS:
        return ""
    target = callee.child_by_field_name("object")
    return dotted(ctx, target) if target is not None else ""


def _shutdown_hook(ctx: JsContext, function: Node | None) -> Node | None:
    """The application cleanup hook the close runs in, if any: ``process.on("SIGTERM", …)``,
    Fastify ``addHook("onClose", …)``, NestJS ``onModuleDestroy()``/``onApplicationShutdown()``."""
    while function is not None:
        if function.type == "method_definition" and ctx.binding_name(function) in SHUTDOWN_METHODS:
            return function
        parent = function.parent
        if parent is not None and parent.type == "arguments" and parent.parent is not None:
            args = arguments_of(parent.parent)
            event = string_value(ctx, args[0]) if args else None
            name = callee_name(ctx, parent.parent)
            if (name in ("on", "once") and event in SHUTDOWN_SIGNALS) or (
                name == "addHook" and event == "onClose"
            ):
                return function
        function = ctx.enclosing_function(function)
    return None


# -- what the write runs on -------------------------------------------------------------------


def _prop_of(text: str) -> str:
    """``db`` for ``req.db`` / ``c.get("db")`` / ``c.var.db`` / ``ctx.state.db``; else ''."""
    match = REQUEST_SCOPED.match(text)
    return next((g for g in match.groups() if g), "") if match else ""


def _source_of(ctx: JsContext, node: Node) -> str:
    """The client an expression stands for: ``mongo`` for ``mongo.db("shop")``, ``pool`` for
    ``drizzle(pool)``, ``c.var.sql`` for itself; '' when it hands out another resource."""
    while node.type in ("await_expression", "parenthesized_expression", "non_null_expression"):
        if not node.named_children:
            return ""
        node = node.named_children[0]
    if node.type in ("identifier", "member_expression"):
        return dotted(ctx, node)
    if node.type in ("call_expression", "new_expression"):
        function = node.child_by_field_name(
            "function" if node.type == "call_expression" else "constructor"
        )
        if function is None:
            return ""
        if function.type == "member_expression":
            chain = chain_of(ctx, node)
            if not chain.receiver or any(m in CHECKOUTS for m in chain.methods):
                return ""
            return chain.receiver
        name = ctx.text_of(function)
        if node.type == "new_expression":
            name = f"new {name}"
        args = arguments_of(node)
        if WRAPPERS.match(name) and args and args[0].type == "identifier":
            return ctx.text_of(args[0])
        if node.type == "new_expression" and name[4:5].isupper() and not is_db_name(name[4:]):
            return name[4:]  # new User({…}): a document of the model ``User``
    return ""


def _declared(ctx: JsContext, name: str, function: Node | None, until: int) -> Node | None:
    """The value ``name`` is declared with in the functions around ``until`` or at the top
    level of the file."""
    value = scoped_value(ctx, name, function, until)
    if value is not None:
        return value
    for start in reversed(declaration_starts(ctx, name, until)):
        keyword = ctx.tree.root_node.descendant_for_byte_range(start, start + 1)
        if keyword is not None and ctx.enclosing_function(keyword) is None:
            return declaration_value(ctx, start, name)
    return None


@dataclass(frozen=True, slots=True)
class Identity:
    """What a write's client is: the names it goes by and the request key it was taken under."""

    names: frozenset[str]  # the client, its root variable and what that was made from
    prop: str  # the request key/property (``sql`` for ``c.get("sql")``), or ''
    taken: Node | None  # the declaration value that took it from the request context


def _identity(ctx: JsContext, write: Write, receiver: str, top: Node) -> Identity:
    """Follow the write's client back through its declarations (``audits = client.db("ops")
    .collection("audits")`` -> ``client``; ``sql = c.get("sql")`` -> key ``sql``)."""
    prop = _prop_of(receiver) or _prop_of(write.client)
    taken: Node | None = None
    names: set[str] = {write.client}
    if receiver:
        names.add(receiver)
    pending = [write.client.split(".")[0], receiver.split(".")[0]]
    function = ctx.enclosing_function(top)
    seen: set[str] = set()
    while pending and len(seen) < 8:
        name = pending.pop()
        if not name or name in seen:
            continue
        seen.add(name)
        names.add(name)
        value = _declared(ctx, name, function, top.start_byte)
        if value is None:
            continue
        key = _prop_of(ctx.text_of(value))
        if key and not prop:
            prop, taken = key, value
        source = _source_of(ctx, value)
        if source:
            names.add(source)
            pending.append(source.split(".")[0])
    return Identity(frozenset(names), prop, taken)


# -- evidence ---------------------------------------------------------------------------------


def _contains(outer: Node | None, node: Node) -> bool:
    """``node`` lies in ``outer`` (None: the file's top level, which holds everything)."""
    return outer is None or outer.start_byte <= node.start_byte < outer.end_byte


def _evidence(
    ctx: JsContext, write: Write, receiver: str, top: Node, closers: list[Closer]
) -> Evidence | None:
    """Why the client of ``write`` is closed under the background write at ``top``."""
    found = _identity(ctx, write, receiver, top)
    names, prop = found.names, found.prop
    root = write.client.split(".")[0]
    function = ctx.enclosing_function(top)
    # Ex) res.on("finish", () => req.db.release())  …  req.db.query("UPDATE …")   (no await)
    # Ex) app.use(async (c, next) => { …; c.set("sql", sql); await next(); await sql.end() })
    for closer in closers:
        if not prop or not (closer.how == "after the response" or _after_handler(closer)):
            continue
        if prop in closer.names or (found.taken is not None and root in closer.names):
            return Evidence(_request_scoped(ctx, closer), True, _middleware_fix(ctx, top))
    # Ex) for (…) { User.updateOne(…).exec() }  …  await mongoose.disconnect()
    for closer in closers:
        if (
            closer.client in GLOBAL_CONNECTIONS
            and any(n[:1].isupper() for n in names)  # a model: User.updateOne(…), user.save()
            and _contains(closer.function, top)
            and closer.node.start_byte > top.start_byte
        ):
            return Evidence(
                f"and every model shares the connection that `{ctx.text_of(closer.node)}` "
                f"(line {ctx.line_of(closer.node)}) closes before the write can finish",
                True,
            )
    caller = _closed_by_caller(ctx, write, names, top, closers)
    if caller is not None:
        return Evidence(caller, True)
    callback = _closed_by_callee(ctx, names, function)
    if callback is not None:
        return callback
    # Ex) await using conn = await pool.connect(); conn.query("INSERT …")   (TS 5.2 disposal)
    disposal = _using_declaration(ctx, root, top)
    if disposal is not None:
        return Evidence(
            f"which the `using` declaration at line {ctx.line_of(disposal)} disposes (closes) as "
            f"soon as its block ends",
            True,
        )
    # Ex) try { client.query("INSERT …") } finally { client.release() }
    # Ex) const client = await pool.connect(); res.on("finish", () => client.release()); …
    for closer in closers:
        if closer.client not in names and not closer.names & names:
            continue
        if closer.how == "after the response":
            if _same_registration(ctx, closer, top):
                return Evidence(
                    f"which the {_event_of(ctx, closer.function)}callback at line "
                    f"{ctx.line_of(closer.node)} closes (`{ctx.text_of(closer.node)}`) while the "
                    f"write may still be running",
                    True,
                )
            continue
        if _contains(closer.function, top) and closer.node.start_byte > top.start_byte:
            if closer.how == "in finally":
                where = "in a finally block"
            elif _after_handler(closer):
                where = f"after `{closer.how[6:]}`"
            else:
                where = "later in this function" if closer.function else "later in this script"
            method = callee_name(ctx, closer.node)
            verb = (
                "committed"
                if method == "commit"
                else "rolled back"
                if method == "rollback"
                else "closed"
            )
            return Evidence(
                f"which is {verb} {where} (`{ctx.text_of(closer.node)}` at line "
                f"{ctx.line_of(closer.node)}) before the write can finish",
                True,
            )
    # Ex) process.on("SIGTERM", async () => { await pool.end() })  …  pool.query("INSERT …")
    for closer in closers:
        if closer.how == "at shutdown" and closer.client in names:
            return Evidence(
                f"which the application's cleanup hook closes at line {ctx.line_of(closer.node)} "
                f"(`{ctx.text_of(closer.node)}`) without waiting for background writes: a write "
                f"still running when the process shuts down (every deploy, restart or scale-down) "
                f"is cut off",
                False,
                "await it, or track the background promises and `await Promise.allSettled(…)` "
                "them in the cleanup hook before closing the client",
            )
    if not prop:
        return _per_request(ctx, root, function, top)
    # Ex) import { withSql } from "../middleware/db"; app.use("*", withSql)
    key_root = root if found.taken else ""
    middleware = _installed_middleware(ctx)
    imported = _imported_middleware_closer(middleware, prop, key_root)
    if imported is not None:
        return Evidence(imported, True, _middleware_fix(ctx, top))
    published = _publishes(ctx, prop) or any(_publishes(o, prop) for _, _, o in middleware)
    # Ex) src/index.ts: import views from "./routes/views"; app.use(withSql); app.route("/", views)
    for app in importers(ctx):
        evidence = _app_closer(ctx, app, prop, key_root)
        if evidence is not None:
            return Evidence(evidence, True, _middleware_fix(ctx, top))
        published = published or _publishes(app, prop)
        published = published or any(_publishes(o, prop) for _, _, o in _installed_middleware(app))
    if published:
        return None  # the middleware that publishes the client is visible and does not close it
    if found.taken is not None:
        return Evidence(
            f"a request-scoped client taken from the request context at line "
            f"{ctx.line_of(found.taken)}; no closer is visible in this file, but request-scoped "
            f"clients are typically closed by middleware right after the handler returns "
            f"(check yours)",
            False,
            _middleware_fix(ctx, top),
        )
    return None


def _event_of(ctx: JsContext, callback: Node | None) -> str:
    """```finish` `` for ``res.on("finish", callback)``; '' when there is no event name."""
    if callback is None or callback.parent is None or callback.parent.type != "arguments":
        return ""
    args = arguments_of(callback.parent.parent) if callback.parent.parent is not None else []
    event = string_value(ctx, args[0]) if args else None
    return f"`{event}` " if event else ""


def _using_declaration(ctx: JsContext, root: str, top: Node) -> Node | None:
    """The ``using``/``await using`` declaration of ``root`` in a block around ``top``."""
    function = ctx.enclosing_function(top)
    start = function.start_byte if function is not None else 0
    pattern = re.compile(rb"\busing\s+" + re.escape(root.encode()) + rb"\s*(?::[^=;]+)?=")
    for match in pattern.finditer(ctx.source, start, top.start_byte):
        node = ctx.tree.root_node.descendant_for_byte_range(match.start(), match.start() + 1)
        while node is not None and node.type not in ("statement_block", "program"):
            node = node.parent
        if node is not None and _contains(node, top):
            return ctx.tree.root_node.descendant_for_byte_range(match.start(), match.end())
    return None


def _same_registration(ctx: JsContext, closer: Closer, top: Node) -> bool:
    """The after-response/end callback was registered by the function the write runs in
    (``res.on("finish", …)`` in the handler), or on the emitter whose other callbacks start
    the write (``rl.on("line", …)`` … ``rl.on("close", () => pool.end())``)."""
    if closer.owner is not None and _contains(closer.owner, top):
        return True
    if not closer.emitter:
        return False
    function = ctx.enclosing_function(top)
    while function is not None:
        if _emitter(ctx, function) == closer.emitter:
            return True
        function = ctx.enclosing_function(function)
    return False


def _request_scoped(ctx: JsContext, closer: Closer) -> str:
    """Evidence text for a middleware or after-response callback in this file."""
    if _after_handler(closer):
        return (
            f"a request-scoped client that the middleware at line {ctx.line_of(closer.node)} "
            f"closes after `{closer.how[6:]}` (`{ctx.text_of(closer.node)}`), as soon as the "
            f"handler returns"
        )
    return (
        f"a request-scoped client that is closed after the response (`"
        f"{ctx.text_of(closer.node)}` at line {ctx.line_of(closer.node)}), as soon as the "
        f"handler returns"
    )


def _per_request(ctx: JsContext, root: str, function: Node | None, top: Node) -> Evidence | None:
    """The request handler around ``top`` creates the client itself (``postgres(url)``,
    ``await pool.connect()``): it is torn down when the request ends."""
    if function is None or handler_of(ctx, top) is None:
        return None
    value = scoped_value(ctx, root, function, top.start_byte)
    if value is None:
        return None
    text = ctx.text_of(value)
    if not PER_REQUEST.match(text) or BINDING_ONLY.search(text):
        return None
    return Evidence(
        f"a client created for this request at line {ctx.line_of(value)}, which is torn "
        f"down when the request ends",
        False,
    )


def _closed_by_caller(
    ctx: JsContext, write: Write, names: frozenset[str], top: Node, closers: list[Closer]
) -> str | None:
    """A function around the write returns before the write finishes, and its caller then
    closes the client: ``await logVisit(db, e); await db.end()`` (the client passed in),
    ``main().finally(() => prisma.$disconnect())`` (a client of the module)."""
    root = write.client.split(".")[0]
    function = ctx.enclosing_function(top)
    while function is not None:
        name = ctx.binding_name(function)
        if name:
            found = _caller_closer(ctx, function, last_segment(name), root, names, closers)
            if found is not None:
                return found
        function = ctx.enclosing_function(function)
    return None


def _caller_closer(
    ctx: JsContext,
    function: Node,
    name: str,
    root: str,
    names: frozenset[str],
    closers: list[Closer],
) -> str | None:
    own = [p.name for p in params(ctx, function)]
    position = own.index(root) if root in own else -1
    model = root[:1].isupper()
    for call in ctx.writes.calls.get(name):
        if _contains(function, call):
            continue
        if position >= 0:
            args = arguments_of(call)
            if len(args) <= position or args[position].type != "identifier":
                continue
            closed = {ctx.text_of(args[position])}
        else:
            closed = set(names) | (GLOBAL_CONNECTIONS if model else set())
        caller = ctx.enclosing_function(call)
        for closer in closers:
            if closer.client not in closed:
                continue
            after_call = closer.function == caller and closer.node.start_byte > call.end_byte
            if not after_call and not _settles_after(ctx, closer, call):
                continue
            closing = f"`{ctx.text_of(closer.node)}` at line {ctx.line_of(closer.node)}"
            if not after_call:
                return f"which is closed as soon as `{name}()` settles ({closing})"
            by = f"`{ctx.function_name(caller)}`" if caller is not None else "the script"
            how = "passed in and closes" if position >= 0 else "closes"
            return f"which {by} {how} as soon as `{name}` returns ({closing})"
    return None


def _settles_after(ctx: JsContext, closer: Closer, call: Node) -> bool:
    """The close runs in a ``.then``/``.finally`` callback chained on ``call``'s promise:
    ``main().catch(report).finally(() => prisma.$disconnect())``."""
    callback = closer.function
    if callback is None or callback.parent is None or callback.parent.type != "arguments":
        return False
    chained = callback.parent.parent
    member = chained.child_by_field_name("function") if chained is not None else None
    if member is None or member.type != "member_expression":
        return False
    if ctx.text_of(member.child_by_field_name("property")) not in ("then", "finally"):
        return False
    target = member.child_by_field_name("object")
    return target is not None and target.start_byte <= call.start_byte < target.end_byte


def _closed_by_callee(
    ctx: JsContext, names: frozenset[str], function: Node | None
) -> Evidence | None:
    """The write's client is a parameter of a callback, and whoever calls the callback closes
    that client as soon as the callback's promise settles: ``db.transaction(async (trx) => …)``
    commits, ``withClient(async (client) => …)`` releases in its ``finally``."""
    if function is None or function.parent is None or function.parent.type != "arguments":
        return None
    if not any(p.name in names for p in params(ctx, function)):
        return None
    call = function.parent.parent
    if call is None:
        return None
    name = callee_name(ctx, call)
    callee = call.child_by_field_name("function")
    if name in TRANSACTION_CALLS and any(c.type == "async" for c in function.children):
        shown = " ".join(ctx.text_of(callee).split())
        return Evidence(
            f"the transaction that `{shown}(…)` passes to this callback and commits (releasing "
            f"its connection) as soon as the callback returns",
            True,
            "await it inside the callback (or return it), so it runs and commits with the "
            "transaction",
        )
    if callee is None or callee.type != "identifier":
        return None
    helper_ctx, helper = _function_named(ctx, name)
    if helper is None:
        return None
    for closer in _closers(helper_ctx):
        if closer.function != helper or closer.how not in ("in finally", "later in the function"):
            continue
        if _calls_param_with(helper_ctx, helper, closer.client, closer.node.start_byte):
            closing = f"`{helper_ctx.text_of(closer.node)}`"
            if helper_ctx is ctx:
                where, closing = "", f"{closing} at line {ctx.line_of(closer.node)}"
            else:
                where = f" ({ctx.index.module_of(name)}, line {helper_ctx.line_of(closer.node)})"
            return Evidence(
                f"which `{name}`{where} passes to this callback and closes as soon as the "
                f"callback returns ({closing})",
                True,
            )
    return None


def _function_named(ctx: JsContext, name: str) -> tuple[JsContext, Node | None]:
    """The function ``name`` is bound to in this file, or in the project file it is imported
    from by relative path."""
    local = ctx.index.local_functions.get(name)
    if local is not None:
        return ctx, local
    spec = ctx.index.module_of(name)
    other = imported_context(ctx, spec) if spec else None
    if other is None:
        return ctx, None
    target = ctx.index.imports.get(name, "")
    exported = target.split("#", 1)[1] if "#" in target else name
    return other, other.index.local_functions.get(exported)


def _calls_param_with(ctx: JsContext, function: Node, client: str, before: int) -> bool:
    """``function`` calls one of its own parameters with ``client`` before ``before``."""
    own = {p.name for p in params(ctx, function)}
    for call in ctx.index.calls:
        if not function.start_byte < call.start_byte < before:
            continue
        callee = call.child_by_field_name("function")
        if callee is None or callee.type != "identifier" or ctx.text_of(callee) not in own:
            continue
        if any(ctx.text_of(arg) == client for arg in arguments_of(call)):
            return True
    return False


def _installed_middleware(ctx: JsContext) -> list[tuple[str, str, JsContext]]:
    """The middleware installed with ``.use(…)`` and imported by relative path:
    ``app.use("*", withSql)`` or a factory, ``app.use(dbMiddleware())``."""
    names: set[str] = set()
    for call in ctx.index.calls:
        if callee_name(ctx, call) != "use":
            continue
        for arg in arguments_of(call):
            if arg.type == "call_expression":
                arg = arg.child_by_field_name("function") or arg
            if arg.type == "identifier":
                names.add(ctx.text_of(arg))
    found: list[tuple[str, str, JsContext]] = []
    for name in sorted(names):
        spec = ctx.index.module_of(name)
        other = imported_context(ctx, spec) if spec else None
        if other is not None:
            found.append((name, spec, other))
    return found


def _imported_middleware_closer(
    middleware: list[tuple[str, str, JsContext]], key: str, root: str
) -> str | None:
    """Evidence from an imported middleware that closes the client published under ``key``."""
    for name, spec, other in middleware:
        for closer in _closers(other):
            if not (closer.how == "after the response" or _after_handler(closer)):
                continue
            if key in closer.names or root in closer.names:
                when = _closing_time(closer)
                return (
                    f"a request-scoped client that the middleware `{name}` ({spec}, line "
                    f"{other.line_of(closer.node)}) {when} (`{other.text_of(closer.node)}`), "
                    f"right after the handler returns"
                )
    return None


def _closing_time(closer: Closer) -> str:
    """When a middleware's close runs: after the awaited handler or once the response is sent."""
    if _after_handler(closer):
        return f"closes after `{closer.how[6:]}`"
    return "closes once the response is sent"


def _app_closer(ctx: JsContext, app: JsContext, key: str, root: str) -> str | None:
    """Evidence from the app file that imports this routes file: its own middleware, or one it
    imports and installs, closes the client published under ``key``."""
    where = os.path.relpath(app.path, os.path.dirname(ctx.path))
    for closer in _closers(app):
        if not (closer.how == "after the response" or _after_handler(closer)):
            continue
        if key in closer.names or root in closer.names:
            when = _closing_time(closer)
            return (
                f"a request-scoped client that the middleware in `{where}` (line "
                f"{app.line_of(closer.node)}, which mounts these routes) {when} "
                f"(`{app.text_of(closer.node)}`), right after the handler returns"
            )
    return _imported_middleware_closer(_installed_middleware(app), key, root)


def _publishes(ctx: JsContext, key: str) -> bool:
    """The file puts a client in the request context under ``key`` (``c.set("db", db)``,
    ``req.db = pool``)."""
    k = re.escape(key.encode())
    return (
        re.search(rb"\.set\(\s*['\"`]" + k + rb"['\"`]\s*,", ctx.source) is not None
        or re.search(PUBLISHED.replace(rb"([\w$]+)", k), ctx.source) is not None
    )
