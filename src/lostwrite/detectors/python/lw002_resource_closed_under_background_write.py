"""LW002 resource-closed-under-background-write (Python).

## What it does
Checks for background writes (``create_task``, ``ensure_future``, ``run_in_executor``,
threads, ``BackgroundTasks.add_task``…) that use a connection, session, client or file which
is closed before the write can finish:

- the resource comes from an enclosing ``with``/``async with`` (``pool.acquire()``,
  ``AsyncSession()``, ``httpx.AsyncClient()``, ``open()``) and the task is not awaited inside
  that block, or it belongs to a ``TaskGroup`` that outlives the block;
- it is closed later in the same function (``conn.close()``, ``await session.close()``,
  ``client.aclose()``, ``sql.end()``, ``pool.release(conn)``, ``engine.dispose()``), e.g. in a
  ``finally``, and the task is not awaited before that;
- it comes from a ``with`` block of a class in the file whose ``__aexit__``/``__exit__``
  closes its connection (``async with VaultRepository(dsn) as vault``);
- it is a FastAPI ``Depends`` resource from a ``yield`` dependency that closes it when the
  request ends (also through an alias ``SessionDep = Annotated[AsyncSession, Depends(...)]``);
- it is ``request.state.<x>`` and an HTTP middleware closes ``request.state.<x>`` after
  ``call_next`` (the Python twin of the field report's ``sql.end()`` middleware), or a
  per-request handle (``g.db``, Sanic ``request.ctx.conn``) that an after-response hook
  (``teardown_appcontext``, ``after_request``, ``@app.middleware("response")``) closes;
- it is an app-wide pool that a shutdown hook (``app.on_cleanup``, ``on_event("shutdown")``,
  a lifespan after ``yield``) closes without first waiting for pending tasks, or ``self.<x>``
  that the class's ``close()``/``__aexit__`` closes without waiting;
- it is the connection of an ``async with conn.transaction():`` block that ends while the
  spawned write still runs.

## Why is this bad?
The request (or block) ends, the connection goes back to the pool or is closed, and the write
still in flight fails with "connection is closed" / "session is closed", or runs on a
connection another request now owns. The field report behind this rule lost 100% of its view
tracking for 48 hours this way, silently.

## Example
```python
async with pool.acquire() as conn:
    author = await conn.fetchrow("SELECT * FROM authors WHERE key = $1", key)
    asyncio.create_task(conn.execute("UPDATE authors SET views = views + 1 WHERE key = $1", key))
return author
```

Use instead:
```python
async with pool.acquire() as conn:
    author = await conn.fetchrow("SELECT * FROM authors WHERE key = $1", key)
    await conn.execute("UPDATE authors SET views = views + 1 WHERE key = $1", key)
return author
```
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from lostwrite.detectors.python.context import PythonContext
from lostwrite.detectors.python.lw001_fire_and_forget_persist import payload_write
from lostwrite.detectors.python.semantic import FunctionNode, SemanticModel, call_name, dotted
from lostwrite.detectors.python.tasks import Spawn, spawns
from lostwrite.detectors.python.writes import (
    MODULE_KINDS,
    WriteIndex,
    ordered_words,
    render,
    write_index,
)

CODE = "LW002"
TRIGGERS = (
    b"create_task",
    b"ensure_future",
    b"run_coroutine_threadsafe",
    b"run_in_executor",
    b"Thread",
    b"Process",
    b"add_task",
    b"BackgroundTask",
    b"submit",
    b"spawn_callback",
    b"add_callback",
    b"call_soon",
    b"call_later",
)
CLOSE_METHODS = frozenset(
    ("close", "aclose", "end", "dispose", "release", "terminate", "disconnect", "shutdown", "stop")
)
RELEASE_METHODS = frozenset(("release", "putconn", "release_connection"))
DRAINS = frozenset(("gather", "wait", "drain", "join", "wait_for", "shutdown_default_executor"))
SHUTDOWN_DECORATORS = frozenset(
    ("on_shutdown", "on_cleanup", "after_server_stop", "before_server_stop", "shutdown")
)
RESOURCE_WORDS = frozenset(
    "conn connection session sess client cursor cur db database tx txn transaction channel "
    "pool sql redis engine producer consumer f fh fp file handle out acquire connect open "
    "begin getconn sessionmaker http socket stream writer".split()
)
TRANSACTIONS = frozenset(("transaction", "begin", "begin_nested", "atomic"))
CLOSING_METHODS = frozenset(
    (
        "close",
        "aclose",
        "shutdown",
        "stop",
        "dispose",
        "cleanup",
        "teardown",
        "__aexit__",
        "__exit__",
        "disconnect",
    )
)
AFTER_RESPONSE_HOOKS = frozenset(
    ("teardown_request", "teardown_appcontext", "after_request", "on_response")
)
STRUCTURED = frozenset(("TaskGroup", "open_nursery", "create_task_group", "timeout"))


@dataclass(frozen=True, slots=True)
class _Closer:
    """How and where a resource the background write uses is closed."""

    resource: str
    text: str
    node: ast.AST
    block: ast.With | ast.AsyncWith | None = None


def check(ctx: PythonContext) -> None:
    found = spawns(ctx)
    if not found:
        return
    writes = write_index(ctx)
    module = _ModuleFacts(ctx)
    for spawn in found:
        write = payload_write(spawn, writes)
        if write is None:
            continue
        resources = _resources(spawn, writes)
        if not resources:
            continue
        closer = _closer(ctx, module, spawn, resources)
        if closer is None:
            continue
        call_text = write.label if not write.via else f"{write.via[0]}()"
        # Ex) the task is awaited/gathered before the resource closes, or its TaskGroup
        #     exits inside the resource's block
        if _finishes_first(ctx.model, spawn, closer):
            ctx.accept(
                CODE, spawn.call, f"finished before {closer.resource} is closed", call=call_text
            )
            continue
        ctx.report(
            CODE,
            spawn.call,
            f"{write.describe()} runs in the background ({spawn.spawner}) and uses"
            f" {closer.resource}, which {closer.text} before the write can finish: the write"
            " fails on a closed connection/session (or runs on one another request now owns)"
            " and the data is lost. Await the write before the resource is closed, or give the"
            " background write its own connection and drain pending tasks before closing"
            " (lostwrite.guard.TaskKeeper.drain).",
            call=call_text,
        )


def _resources(spawn: Spawn, writes: WriteIndex) -> set[str]:
    """Dotted names of the objects the spawned work uses: receiver, arguments, closure."""
    found: set[str] = set()
    payload = spawn.payload
    exprs: list[ast.expr] = list(spawn.args)
    target: FunctionNode | None = None
    if isinstance(payload, ast.Call):
        exprs.append(payload.func)
        exprs.extend(payload.args)
        exprs.extend(k.value for k in payload.keywords)
        target = writes.callee(payload)
        if writes.model.resolve(payload.func) == "functools.partial" and payload.args:
            target = writes.lookup(payload.args[0], spawn.scope)
    elif isinstance(payload, ast.Name | ast.Attribute):
        exprs.append(payload)
        target = writes.lookup(payload, spawn.scope)
    elif isinstance(payload, ast.Lambda):
        exprs.append(payload.body)
    for expr in exprs:
        for node in ast.walk(expr):
            if isinstance(node, ast.Name | ast.Attribute):
                name = dotted(node)
                if name:
                    found.add(name)
                    if isinstance(node, ast.Attribute):
                        found.add(dotted(node.value))
    # Ex) async def _track(): await conn.execute(...)  -- a closure over the resource
    if target is not None and writes.model.enclosing_function(target) is spawn.scope:
        for node in ast.walk(target):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                found.add(node.id)
    # Ex) catalog = client["catalog"]["listings"]; create_task(catalog.insert_many(docs))
    #     -- the collection lives on the client: closing the client closes it
    for name in list(found):
        if "." in name:
            continue
        for value in writes.scopes.bindings(name, spawn.scope):
            root = _root_of(value)
            if root is not None and root != name:
                found.add(root)
    found.discard("")
    return found


def _root_of(expr: ast.expr) -> str | None:
    """``client`` for ``client["db"]["coll"]`` / ``client.db.coll`` / ``client.get_database()``."""
    seen_step = False
    while isinstance(expr, ast.Subscript | ast.Attribute | ast.Call | ast.Await):
        if isinstance(expr, ast.Call):
            expr = expr.func
        else:
            expr = expr.value
        seen_step = True
    return expr.id if seen_step and isinstance(expr, ast.Name) else None


class _ModuleFacts:
    """Module-wide closers: yield dependencies and middleware that close request state."""

    def __init__(self, ctx: PythonContext) -> None:
        self.model = ctx.model
        self._dependencies: dict[str, FunctionNode] | None = None
        self._state_closers: dict[str, FunctionNode] | None = None
        self._shutdown: dict[str, tuple[FunctionNode, str]] | None = None

    def dependency(self, name: str) -> FunctionNode | None:
        """A generator dependency (``yield`` + cleanup) defined at module level, by name."""
        if self._dependencies is None:
            self._dependencies = {}
            for statement in self.model.tree.body:
                if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef) and (
                    _yields_with_cleanup(statement)
                ):
                    self._dependencies[statement.name] = statement
        return self._dependencies.get(name)

    def shutdown_closers(self) -> dict[str, tuple[FunctionNode, str]]:
        """Key of an app-wide resource -> the shutdown hook that closes it without draining."""
        if self._shutdown is None:
            self._shutdown = {}
            for hook, after in self._shutdown_hooks():
                drained = False
                calls = sorted(
                    (n for n in ast.walk(hook) if isinstance(n, ast.Call)),
                    key=lambda n: (n.lineno, n.col_offset),
                )
                for node in calls:  # in source order: a drain inside an `if` comes first
                    if node.lineno < after:
                        continue
                    func = node.func
                    last = func.attr if isinstance(func, ast.Attribute) else dotted(func)
                    name = render(func)
                    if last in DRAINS:
                        drained = True
                    elif last in CLOSE_METHODS and isinstance(node.func, ast.Attribute):
                        key = _app_key(node.func.value)
                        if key is not None and not drained:
                            self._shutdown.setdefault(key[1], (hook, f"{name}()"))
        return self._shutdown

    def _shutdown_hooks(self) -> list[tuple[FunctionNode, int]]:
        """Shutdown hooks, each with the first line that runs at shutdown."""
        model = self.model
        by_name: dict[str, FunctionNode] = {}
        hooks: list[tuple[FunctionNode, int]] = []
        for kind in (ast.AsyncFunctionDef, ast.FunctionDef):
            for fn in model.of_type(kind):
                by_name.setdefault(fn.name, fn)
                for decorator in fn.decorator_list:
                    call = decorator if isinstance(decorator, ast.Call) else None
                    name = dotted(call.func if call else decorator).split(".")[-1]
                    argument = (
                        call.args[0].value
                        if call and call.args and isinstance(call.args[0], ast.Constant)
                        else None
                    )
                    if name in SHUTDOWN_DECORATORS or (
                        name == "on_event" and argument == "shutdown"
                    ):
                        hooks.append((fn, fn.lineno))
                    elif name == "asynccontextmanager":
                        yields = [n.lineno for n in ast.walk(fn) if isinstance(n, ast.Yield)]
                        if yields:
                            hooks.append((fn, max(yields)))
        for call in model.of_type(ast.Call):
            func = call.func
            targets: list[ast.expr] = []
            # Ex) app.on_cleanup.append(close_db) / app.add_event_handler("shutdown", close)
            if isinstance(func, ast.Attribute) and func.attr == "append":
                if dotted(func.value).split(".")[-1] in ("on_cleanup", "on_shutdown"):
                    targets = list(call.args)
            elif isinstance(func, ast.Attribute) and func.attr == "add_event_handler":
                if len(call.args) == 2 and isinstance(call.args[0], ast.Constant):
                    if call.args[0].value == "shutdown":
                        targets = [call.args[1]]
            for keyword in call.keywords:  # Starlette(on_shutdown=[...]) / Litestar(...)
                if keyword.arg in ("on_shutdown", "on_cleanup") and isinstance(
                    keyword.value, ast.List | ast.Tuple
                ):
                    targets.extend(keyword.value.elts)
            for target in targets:
                if isinstance(target, ast.Name) and target.id in by_name:
                    hooks.append((by_name[target.id], by_name[target.id].lineno))
        return hooks

    def state_closer(self, attribute: str) -> FunctionNode | None:
        """A middleware closing ``request.state.<attribute>`` after ``call_next``."""
        if self._state_closers is None:
            self._state_closers = {}
            for kind in (ast.AsyncFunctionDef, ast.FunctionDef):
                for fn in self.model.of_type(kind):
                    params = [a.arg for a in fn.args.args]
                    aiohttp_middleware = any(
                        dotted(d).endswith("middleware") for d in fn.decorator_list
                    )
                    if (
                        "call_next" not in params
                        and not aiohttp_middleware
                        and not any(_after_response_hook(d) for d in fn.decorator_list)
                    ):
                        continue
                    # Ex) request["conn"] = conn / request.state.db = db: the request's handle
                    stored: dict[str, str] = {}
                    for node in ast.walk(fn):
                        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name):
                            for target in node.targets:
                                key = _request_key(target)
                                if key is not None:
                                    stored[node.value.id] = key
                        # Ex) db = g.pop("db", None) / conn = request.state.conn
                        if isinstance(node, ast.Assign) and len(node.targets) == 1:
                            target = node.targets[0]
                            key = _taken_from_request(node.value)
                            if isinstance(target, ast.Name) and key is not None:
                                stored[target.id] = key
                    for node in ast.walk(fn):
                        if not (
                            isinstance(node, ast.Call)
                            and isinstance(node.func, ast.Attribute)
                            and node.func.attr in CLOSE_METHODS
                        ):
                            continue
                        owner = dotted(node.func.value)
                        key = _request_key(node.func.value) or _request_attribute(owner)
                        # Ex) await pool.release(conn) / conn.close() for a stored handle
                        if key is None and owner in stored:
                            key = stored[owner]
                        if key is None and node.func.attr in RELEASE_METHODS and node.args:
                            key = stored.get(dotted(node.args[0]))
                        if key is not None:
                            self._state_closers[key] = fn
        return self._state_closers.get(attribute)


def _yields_with_cleanup(fn: FunctionNode) -> bool:
    has_yield = False
    cleanup = False
    for node in ast.walk(fn):
        if isinstance(node, ast.Yield):
            has_yield = True
        elif isinstance(node, ast.With | ast.AsyncWith) or (
            isinstance(node, ast.Try) and node.finalbody
        ):
            cleanup = True
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in CLOSE_METHODS
        ):
            cleanup = True
    return has_yield and cleanup


def _closer(
    ctx: PythonContext, module: _ModuleFacts, spawn: Spawn, resources: set[str]
) -> _Closer | None:
    model = ctx.model
    scope = spawn.scope
    # Ex) async with pool.acquire() as conn: asyncio.create_task(conn.execute(...))
    for ancestor in model.ancestors(spawn.call):
        if ancestor is scope:
            break
        if isinstance(ancestor, ast.With | ast.AsyncWith):
            for item in ancestor.items:
                target = dotted(item.optional_vars) if item.optional_vars is not None else ""
                # Ex) async with await psycopg.AsyncConnection.connect(dsn) as aconn:
                opened = _unawait(item.context_expr)
                if target in resources and (
                    _resource_like(model, target, opened) or _closes_on_exit(ctx, opened)
                ):
                    opener = dotted(opened.func) if isinstance(opened, ast.Call) else dotted(opened)
                    return _Closer(
                        target,
                        f"is closed when the `with {opener or '...'}(...)` block ends"
                        f" (line {ancestor.end_lineno})",
                        ancestor,
                        ancestor,
                    )
                # Ex) async with conn.transaction(): asyncio.create_task(conn.execute(...))
                opened = item.context_expr
                if (
                    item.optional_vars is None
                    and isinstance(opened, ast.Call)
                    and isinstance(opened.func, ast.Attribute)
                    and opened.func.attr in TRANSACTIONS
                    and dotted(opened.func.value) in resources
                ):
                    owner = dotted(opened.func.value)
                    return _Closer(
                        owner,
                        f"has its transaction ({owner}.{opened.func.attr}()) ended at line"
                        f" {ancestor.end_lineno}",
                        ancestor,
                        ancestor,
                    )
    if scope is None:
        return None
    # Ex) try: create_task(track(conn)) ... finally: await conn.close()
    for call in _calls_after(ctx, spawn):
        func = call.func
        if not isinstance(func, ast.Attribute):
            continue
        owner = dotted(func.value)
        # Ex) worker.stop() asks a loop to finish (not a close); producer.stop() closes it
        if func.attr == "stop" and not set(ordered_words(owner)[-1:]) & RESOURCE_WORDS:
            continue
        if func.attr in CLOSE_METHODS and owner in resources:
            return _Closer(owner, f"is closed by {owner}.{func.attr}() (line {call.lineno})", call)
        if func.attr in RELEASE_METHODS and call.args:
            released = dotted(call.args[0])
            if released in resources:
                return _Closer(
                    released,
                    f"is released by {dotted(func)}() (line {call.lineno})",
                    call,
                )
    # Ex) def handler(db: Session = Depends(get_db)): background_tasks.add_task(save, db, x)
    defaults = _parameter_defaults(scope, write_index(ctx))
    for name, default in defaults.items():
        if name not in resources:
            continue
        dependency = _depends_target(default)
        if dependency is not None and module.dependency(dependency) is not None:
            return _Closer(
                name,
                f"comes from the yield dependency {dependency}() that closes it when the"
                " request finishes",
                spawn.call,
            )
    # Ex) middleware: response = await call_next(request); await request.state.db.close()
    for resource in resources:
        attribute = _state_attribute(ctx, resource, scope)
        if attribute is not None:
            middleware = module.state_closer(attribute)
            if middleware is not None and not _drained_before_close(middleware, spawn):
                hook = any(_after_response_hook(d) for d in middleware.decorator_list)
                return _Closer(
                    resource,
                    f"is closed by the {'after-response hook' if hook else 'middleware'}"
                    f" {middleware.name}() right after the response",
                    spawn.call,
                )
    # Ex) app.on_cleanup.append(close_pool) / @app.on_event("shutdown") / lifespan after yield:
    #     the shared pool is closed at shutdown without waiting for tasks still using it
    if spawn.fate.kind not in ("awaited", "gathered", "taskgroup"):
        closers = module.shutdown_closers()
        if closers:
            for expr, key in _shared_keys(spawn):
                if key in closers:
                    hook, rendered = closers[key]
                    return _Closer(
                        expr,
                        f"the shutdown hook {hook.name}() closes ({rendered}) without waiting"
                        " for pending tasks",
                        spawn.call,
                    )
        # Ex) class Tracker: ... async def close(self): await self.conn.close()
        for resource in resources:
            if resource.startswith("self.") and resource.count(".") == 1:
                method = _closing_method(model, scope, resource)
                if method is not None:
                    return _Closer(
                        resource,
                        f"is closed by {_owner(model, method)}{method.name}() without waiting"
                        " for pending tasks",
                        spawn.call,
                    )
    return None


def _owner(model: SemanticModel, method: FunctionNode) -> str:
    cls = model.parent(method)
    return f"{cls.name}." if isinstance(cls, ast.ClassDef) else ""


def _closing_method(
    model: SemanticModel, scope: FunctionNode, resource: str
) -> FunctionNode | None:
    """A close/shutdown/``__aexit__`` method of the same class closing ``self.<x>`` undrained."""
    cls = model.parent(scope)
    if not isinstance(cls, ast.ClassDef):
        return None
    for method in cls.body:
        if not isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if method.name not in CLOSING_METHODS or method is scope:
            continue
        calls = sorted(
            (n for n in ast.walk(method) if isinstance(n, ast.Call)),
            key=lambda n: (n.lineno, n.col_offset),
        )
        for node in calls:  # in source order: a drain inside an `if` still comes first
            if not isinstance(node.func, ast.Attribute):
                continue
            if node.func.attr in DRAINS:
                break
            if node.func.attr in CLOSE_METHODS and dotted(node.func.value) == resource:
                return method
    return None


def _shared_keys(spawn: Spawn) -> list[tuple[str, str]]:
    """App-wide objects the spawned work uses: ``request.app["db"]`` -> ("...", "db")."""
    found: list[tuple[str, str]] = []
    exprs: list[ast.AST] = [*spawn.args]
    if spawn.payload is not None:
        exprs.append(spawn.payload)
    for expr in exprs:
        for node in ast.walk(expr):
            key = _app_key(node)
            if key is not None:
                found.append(key)
    return found


def _app_key(node: ast.AST) -> tuple[str, str] | None:
    """``app.state.pool`` / ``request.app["db"]`` / ``self.app.pool`` -> (rendering, key)."""
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        base = dotted(node.value)
        if base.split(".")[-1] == "app" and isinstance(node.slice.value, str):
            return render(node), node.slice.value
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        parts = base.split(".")
        if "app" in parts or (parts[-1] == "state" and len(parts) >= 2):
            return f"{base}.{node.attr}", node.attr
    return None


def _unawait(expr: ast.expr) -> ast.expr:
    while isinstance(expr, ast.Await):
        expr = expr.value
    return expr


def _resource_like(model: SemanticModel, target: str, opened: ast.expr) -> bool:
    """``async with pool.acquire() as conn`` / ``with open(p) as f``: not a span, lock, timer."""
    if _structured(model, opened):
        return False
    words = set(ordered_words(target.split(".")[-1])[-1:])
    function = opened.func if isinstance(opened, ast.Call) else opened
    resolved = model.resolve(function) or dotted(function)
    words |= set(ordered_words(resolved.split(".")[-1]))
    root = resolved.split(".")[0]
    return bool(words & RESOURCE_WORDS) or root in MODULE_KINDS or root in ("aiofiles",)


def _closes_on_exit(ctx: PythonContext, opened: ast.expr) -> bool:
    """``async with VaultRepository(dsn) as vault``: a class of the file whose ``__aexit__`` /
    ``__exit__`` closes something (its connection, session or client)."""
    if not isinstance(opened, ast.Call) or not isinstance(opened.func, ast.Name):
        return False
    cls = write_index(ctx).classes.get(opened.func.id)
    if cls is None:
        return False
    for method in cls.body:
        if isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef) and method.name in (
            "__aexit__",
            "__exit__",
        ):
            for node in ast.walk(method):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr in CLOSE_METHODS | RELEASE_METHODS
                ):
                    return True
    return False


def _structured(model: SemanticModel, expr: ast.expr) -> bool:
    """A TaskGroup/nursery/timeout context manager: not a resource."""
    target = expr.func if isinstance(expr, ast.Call) else expr
    name = model.resolve(target) or dotted(target)
    return name.split(".")[-1] in STRUCTURED


def _calls_after(ctx: PythonContext, spawn: Spawn) -> list[ast.Call]:
    """Calls in the spawn's function after it (a ``finally`` around it comes after it too)."""
    position = (spawn.call.lineno, spawn.call.col_offset)
    result: list[ast.Call] = []
    for call in write_index(ctx).calls_of(spawn.scope):
        if (call.lineno, call.col_offset) > position:
            result.append(call)
    return result


def _parameter_defaults(fn: FunctionNode, writes: WriteIndex) -> dict[str, ast.expr]:
    """Parameter name -> its ``Depends(...)`` (default, inside ``Annotated``, or inside a
    module-level alias ``SessionDep = Annotated[AsyncSession, Depends(get_session)]``)."""
    found: dict[str, ast.expr] = {}
    positional = fn.args.posonlyargs + fn.args.args
    for arg, default in zip(
        positional[len(positional) - len(fn.args.defaults) :], fn.args.defaults, strict=True
    ):
        found[arg.arg] = default
    for arg, default in zip(fn.args.kwonlyargs, fn.args.kw_defaults, strict=True):
        if default is not None:
            found[arg.arg] = default
    for arg in positional + fn.args.kwonlyargs:
        annotation = arg.annotation
        if isinstance(annotation, ast.Name):
            aliased = writes.scopes.bindings(annotation.id, None)
            annotation = aliased[0] if len(aliased) == 1 else annotation
        if isinstance(annotation, ast.Subscript) and isinstance(annotation.slice, ast.Tuple):
            for element in annotation.slice.elts[1:]:
                if isinstance(element, ast.Call):
                    found.setdefault(arg.arg, element)
    return found


def _depends_target(expr: ast.expr) -> str | None:
    if isinstance(expr, ast.Call) and dotted(expr.func).split(".")[-1] == "Depends":
        if expr.args and isinstance(expr.args[0], ast.Name):
            return expr.args[0].id
    return None


def _state_attribute(ctx: PythonContext, resource: str, scope: FunctionNode) -> str | None:
    """``request.state.db`` -> "db"; also a local bound to ``request.state.db`` or to
    ``request["conn"]`` (aiohttp)."""
    attribute = _request_attribute(resource)
    if attribute is not None:
        return attribute
    if "." not in resource:
        writes = write_index(ctx)
        for value in writes.scopes.bindings(resource, scope):
            key = _request_key(value) or _request_attribute(dotted(value))
            # Ex) db = get_db()  where  def get_db(): ... return g.db
            if key is None and isinstance(value, ast.Call):
                getter = writes.callee(value)
                if getter is not None:
                    key = next(
                        (
                            found
                            for node in ast.walk(getter)
                            if isinstance(node, ast.Return) and node.value is not None
                            if (found := _request_attribute(dotted(node.value))) is not None
                        ),
                        None,
                    )
            if key is not None:
                return key
    return None


def _taken_from_request(expr: ast.expr) -> str | None:
    """``g.pop("db", None)`` / ``g.get("db")`` / ``getattr(g, "db", None)`` / ``g.db`` ->
    "db": a per-request handle fetched to be closed."""
    if isinstance(expr, ast.Call) and expr.args:
        func = expr.func
        if isinstance(func, ast.Attribute) and func.attr in ("pop", "get"):
            owner = dotted(func.value)
            key = expr.args[0]
            if (owner == "g" or owner.split(".")[-1] in ("state", "ctx")) and (
                isinstance(key, ast.Constant) and isinstance(key.value, str)
            ):
                return key.value
        if dotted(func) == "getattr" and len(expr.args) >= 2:
            owner, key = dotted(expr.args[0]), expr.args[1]
            if (owner == "g" or owner.split(".")[-1] in ("state", "ctx")) and (
                isinstance(key, ast.Constant) and isinstance(key.value, str)
            ):
                return key.value
        return None
    return _request_attribute(dotted(expr))


def _request_attribute(name: str) -> str | None:
    """``request.state.db`` (Starlette) / ``request.ctx.conn`` (Sanic) / ``g.db`` (Flask,
    Quart): per-request storage -> the attribute name; else None."""
    parts = name.split(".")
    if len(parts) >= 3 and parts[-2] in ("state", "ctx") and parts[-3] != "app":
        return parts[-1]
    if len(parts) == 2 and parts[0] == "g":
        return parts[1]
    return None


def _drained_before_close(middleware: FunctionNode, spawn: Spawn) -> bool:
    """The handler keeps the task in per-request storage (``request.state.pending.append(t)``)
    and the middleware awaits that storage (``await asyncio.gather(*request.state.pending)``)
    before its last close: the write finishes while the resource is still open."""
    kept = spawn.fate.node
    if not (
        spawn.fate.kind == "kept"
        and isinstance(kept, ast.Call)
        and isinstance(kept.func, ast.Attribute)
    ):
        return False
    container = _request_storage(kept.func.value)
    if container is None:
        return False
    calls = [n for n in ast.walk(middleware) if isinstance(n, ast.Call)]
    closes = [c.lineno for c in calls if call_name(c) in CLOSE_METHODS]
    return bool(closes) and any(
        call_name(call) in DRAINS
        and call.lineno < max(closes)
        and any(_request_storage(n) == container for n in ast.walk(call) if n is not call)
        for call in calls
    )


def _request_storage(expr: ast.AST) -> str | None:
    """The key of per-request storage ``expr`` names: ``request.state.pending`` / ``g.pending``
    / ``request["pending"]`` -> "pending"; else None."""
    if isinstance(expr, ast.Attribute):
        return _request_attribute(dotted(expr))
    if isinstance(expr, ast.Subscript):
        return _request_key(expr)
    return None


def _after_response_hook(decorator: ast.expr) -> bool:
    """``@app.teardown_appcontext`` / ``@app.after_request`` / ``@app.on_response`` /
    ``@app.middleware("response")``: code that runs once the response is produced."""
    call = decorator if isinstance(decorator, ast.Call) else None
    name = dotted(call.func if call is not None else decorator).split(".")[-1]
    if name in AFTER_RESPONSE_HOOKS:
        return True
    if name == "middleware" and call is not None:
        values = [*call.args, *(k.value for k in call.keywords if k.arg == "attach_to")]
        return any(isinstance(v, ast.Constant) and v.value == "response" for v in values)
    return False


def _request_key(expr: ast.expr) -> str | None:
    """``request["conn"]`` -> "conn" (aiohttp's per-request storage); else None."""
    if (
        isinstance(expr, ast.Subscript)
        and isinstance(expr.value, ast.Name)
        and expr.value.id in ("request", "req")
        and isinstance(expr.slice, ast.Constant)
        and isinstance(expr.slice.value, str)
    ):
        return expr.slice.value
    return None


def _finishes_first(model: SemanticModel, spawn: Spawn, closer: _Closer) -> bool:
    fate = spawn.fate
    if fate.kind in ("awaited", "gathered") and fate.node is not None:
        if closer.block is not None:
            return any(a is closer.block for a in model.ancestors(fate.node))
        if closer.node is spawn.call:  # closed at the end of the request: any await counts
            return True
        # Ex) with ThreadPoolExecutor() as pool: ...  -- the wait happens where the block ends
        waited = (
            (fate.node.end_lineno or 0, fate.node.end_col_offset or 0)
            if isinstance(fate.node, ast.With | ast.AsyncWith)
            else (fate.node.lineno, fate.node.col_offset)  # type: ignore[attr-defined]
        )
        return waited < (
            closer.node.lineno,  # type: ignore[attr-defined]
            closer.node.col_offset,  # type: ignore[attr-defined]
        )
    if fate.kind == "taskgroup" and closer.block is not None:
        # the group's `async with` must sit inside the resource's block to finish first
        for ancestor in model.ancestors(spawn.call):
            if ancestor is closer.block:
                return False
            if isinstance(ancestor, ast.With | ast.AsyncWith) and any(
                _structured(model, item.context_expr) for item in ancestor.items
            ):
                return True
        return False
    return fate.kind == "taskgroup"
