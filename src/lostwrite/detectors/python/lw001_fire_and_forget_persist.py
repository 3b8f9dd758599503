"""LW001 fire-and-forget-persist (Python).

## What it does
Checks for writes started in the background whose handle nobody holds: a coroutine that saves,
inserts, commits, posts to a store or appends to a file, passed to ``asyncio.create_task`` /
``ensure_future`` / ``loop.create_task`` / ``run_coroutine_threadsafe`` with the task dropped
or assigned and never used; a writing function run by ``loop.run_in_executor`` or
``executor.submit`` with the future dropped, or scheduled as a plain callback
(``loop.call_soon``/``call_later``, Tornado ``IOLoop.spawn_callback``); a writing thread
started and never joined; ``asyncio.gather``/``shield``/``wait`` of writes used as a statement;
and a write coroutine called without ``await`` (a local ``async def``, an ``AsyncSession``,
Motor, Django's ``acreate``/``asave``…, Tortoise/Beanie models, a connection from
``async with pool.acquire() as conn``). A write is found through the shared vocabulary
(``writes.py``), including local functions and methods that write one or two calls deep.

Accepted (and listed in the audit with the reason): an awaited or gathered task, a task kept in
a container (best with a done-callback that logs its failure), a task returned or handed to
another call, a TaskGroup or trio/anyio nursery. Background work that writes nothing (a
websocket broadcast, a cache warm-up, a metrics ping) is not a lost write.

## Why is this bad?
The event loop keeps only a weak reference to a task: an unreferenced task can be
garbage-collected before it finishes, is cancelled at shutdown, and its failure surfaces at
best as "Task exception was never retrieved" long after the caller moved on. In a request
handler the response (HTTP 200) goes out before the write has happened, so the next read can
404 and a failed write is never reported to anyone.

## Example
```python
@router.post("/judge")
async def judge(req: JudgeRequest) -> dict:
    judgment = await orchestrator.judge(req)
    asyncio.create_task(repo.save(judgment.to_row()))
    return {"id": judgment.id}
```

Use instead:
```python
@router.post("/judge")
async def judge(req: JudgeRequest) -> dict:
    judgment = await orchestrator.judge(req)
    await repo.save(judgment.to_row())
    return {"id": judgment.id}
```
"""

from __future__ import annotations

import ast

from lostwrite.detectors.python.context import PythonContext
from lostwrite.detectors.python.frameworks import handler_index, success_text
from lostwrite.detectors.python.semantic import FunctionNode
from lostwrite.detectors.python.tasks import CALLBACK_SPAWNERS, Spawn, spawns
from lostwrite.detectors.python.writes import (
    ASYNC_LIBRARIES,
    HTTP_VERBS,
    KV_HEADS,
    KV_VERBS,
    REPO_VERBS,
    SEARCH_VERBS,
    SQL_VERBS,
    STRONG_VERBS,
    Write,
    WriteIndex,
    write_index,
)

CODE = "LW001"
TRIGGERS = (
    b"create_task",
    b"ensure_future",
    b"run_coroutine_threadsafe",
    b"run_in_executor",
    b"Thread",
    b"Process",
    b"start_soon",
    b"submit",
    b"spawn_callback",
    b"add_callback",
    b"call_soon",
    b"call_later",
    b"call_at",
    b"gather",
    b"shield",
    b"async def",
)
A_VERBS = frozenset(  # Django's async ORM: always coroutines
    "acreate asave adelete aupdate abulk_create abulk_update aget_or_create "
    "aupdate_or_create".split()
)
ASYNC_ORMS = frozenset(("tortoise", "beanie", "odmantic"))
SYNC_METHODS = frozenset(("add", "add_all", "expunge", "expunge_all"))  # AsyncSession: not awaited
ASYNC_ROOTS = frozenset(ASYNC_LIBRARIES | {"redis", "httpx", "sqlalchemy", "elasticsearch"})
ASYNC_WRITE_VERBS = frozenset(
    STRONG_VERBS.keys() | SQL_VERBS | KV_VERBS | HTTP_VERBS | REPO_VERBS | SEARCH_VERBS
)
COMBINATORS = frozenset(("asyncio.gather", "asyncio.shield", "asyncio.wait", "asyncio.wait_for"))
COROUTINE_SPAWNERS = ("create_task", "ensure_future", "run_coroutine_threadsafe")
FIXABLE_SPAWNERS = ("asyncio.create_task", "asyncio.ensure_future")


def check(ctx: PythonContext) -> None:
    found = spawns(ctx)
    writes = write_index(ctx)
    handlers = handler_index(ctx)
    _unawaited(ctx, writes)
    for spawn in found:
        if spawn.fate.kind == "deferred":  # after-response work is LW005's business
            continue
        write = payload_write(spawn, writes)
        if write is None:
            continue
        fate = spawn.fate
        call_text = write.label if not write.via else f"{write.via[0]}()"
        # Ex) asyncio.create_task(cache.set(key, page)): a cache warm-up, not data
        if write.to_cache():
            ctx.accept(CODE, spawn.call, "cache write or invalidation", call=call_text)
            continue
        # Ex) task kept in a set with a done-callback that logs / awaited / gathered / TaskGroup
        if fate.safe:
            risk = "medium" if fate.kind in ("kept", "handed") else "low"
            ctx.accept(CODE, spawn.call, fate.reason, risk=risk, call=call_text)
            continue
        handler = handlers.enclosing(spawn.call)
        note = ""
        if handler is not None:
            note = (
                f" Inside {handler.describe()}: {success_text(handler)} may be sent"
                " before the write has"
                " happened, and a failure is never reported to the client."
            )
        ctx.report(
            CODE,
            spawn.call,
            _message(spawn, write) + note + " " + _fix(spawn, write),
            fix_available=_fixable(ctx, spawn),
            call=call_text,
        )


def _unawaited(ctx: PythonContext, writes: WriteIndex) -> None:
    """Writes on coroutine functions called as a statement, without ``await``."""
    model = ctx.model
    local_async = {fn.name for fn in model.of_type(ast.AsyncFunctionDef)}
    async_io = any(
        target.split(".")[0] in ASYNC_ROOTS or "asyncio" in target or ".Async" in target
        for target in model.imports.values()
    )
    if not local_async and not async_io:
        return
    # Ex) class Visit(tortoise.models.Model): Visit.create(...) returns a coroutine
    orm_async = any(target.split(".")[0] in ASYNC_ORMS for target in model.imports.values())
    for statement in model.of_type(ast.Expr):
        call = statement.value
        if not isinstance(call, ast.Call):
            continue
        # Ex) asyncio.gather(*(ledger.post(e) for e in entries))  -- without await
        if async_io and _unawaited_combinator(ctx, writes, call):
            continue
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        write: Write | None = None
        target = writes.callee(call) if name in local_async else None
        # Ex) self.persist(row)  where  async def persist(self, row): await db.execute(...)
        if isinstance(target, ast.AsyncFunctionDef):
            found = writes.function(target)
            write = found.followed(target.name) if found is not None else None
        # Ex) session.commit() on an AsyncSession / coll.insert_one(doc) on Motor
        #     / Vote.objects.acreate(...) (Django) / Visit.create(...) (Tortoise)
        elif target is None and isinstance(func, ast.Attribute) and (async_io or name in A_VERBS):
            if name in SYNC_METHODS or name not in ASYNC_WRITE_VERBS:
                continue
            direct = writes.direct(call)
            scope = model.enclosing_function(call)
            if direct is not None and (
                name in A_VERBS
                or _asynchronous(writes, func.value, scope, orm_async)
                or _async_with_resource(writes, func.value, scope)
            ):
                write = direct
        if write is None:
            continue
        call_text = write.label if not write.via else f"{write.via[0]}()"
        ctx.report(
            CODE,
            call,
            f"{write.describe()} is called without await: calling a coroutine function only"
            " creates the coroutine, which never runs, so the write never happens (at best"
            " Python warns 'coroutine ... was never awaited'). Add `await`.",
            call=call_text,
        )


def _unawaited_combinator(ctx: PythonContext, writes: WriteIndex, call: ast.Call) -> bool:
    """``asyncio.gather(...)`` / ``shield`` / ``wait`` / ``wait_for`` of writes, used as a
    statement: the combined future (or coroutine) is dropped. Reports it; True if reported."""
    resolved = ctx.model.resolve(call.func) or ""
    if resolved not in COMBINATORS:
        return False
    found = [w for arg in call.args for w in writes.writes_in(arg)]
    if not found or found[0].to_cache():
        return False
    write = found[0]
    what = (
        "its future is dropped: the writes run as tasks nobody awaits or checks"
        if resolved in ("asyncio.gather", "asyncio.shield")
        else "the coroutine never runs, so the writes never happen"
    )
    ctx.report(
        CODE,
        call,
        f"{write.describe()} is passed to {resolved}() without await, so {what}. Add `await`.",
        call=write.label if not write.via else f"{write.via[0]}()",
    )
    return True


def _asynchronous(
    writes: WriteIndex,
    receiver: ast.expr,
    scope: FunctionNode | None,
    orm_async: bool,
    depth: int = 0,
) -> bool:
    """Is the receiver an async client: by its evidence, a model class of an async ORM, or
    an async constructor down its chain (``db = AsyncIOMotorClient().shop``; ``db.carts``)?"""
    evidence = writes.evidence(receiver, scope)
    if evidence.asynchronous or (orm_async and evidence.model_class):
        return True
    node = receiver
    while isinstance(node, ast.Attribute | ast.Subscript | ast.Call | ast.Await):
        if isinstance(node, ast.Call):
            resolved = writes.model.resolve(node.func) or ""
            parts = resolved.split(".")
            if parts[0] in ASYNC_LIBRARIES or any(p.startswith("Async") for p in parts):
                return True
            node = node.func
        else:
            node = node.value
    if depth >= 2 or not isinstance(node, ast.Name) or node is receiver:
        return False
    return any(
        _asynchronous(writes, value, scope, orm_async, depth + 1)
        for value in writes.bound_values(node, scope)[:3]
    )


def _async_with_resource(writes: WriteIndex, receiver: ast.expr, scope: ast.AST | None) -> bool:
    """``async with pool.acquire() as conn`` inside an ``async def``: ``conn`` is an async
    resource, so its write methods are coroutines (a buffering pipeline is not)."""
    if not isinstance(scope, ast.AsyncFunctionDef) or not isinstance(receiver, ast.Name):
        return False
    if writes.evidence(receiver, scope).has(KV_HEADS):
        return False
    model = writes.model
    for value in writes.bound_values(receiver, scope):
        item = model.parent(value)
        if isinstance(item, ast.withitem) and isinstance(model.parent(item), ast.AsyncWith):
            return not (isinstance(value, ast.Call) and _attr_name(value) in ("pipeline", "pipe"))
    return False


def _attr_name(call: ast.Call) -> str:
    return call.func.attr if isinstance(call.func, ast.Attribute) else ""


def payload_write(spawn: Spawn, writes: WriteIndex) -> Write | None:
    """The write a spawn's payload performs, if any (shared with LW002 and LW005)."""
    payload = spawn.payload
    if payload is None:
        return None
    if spawn.kind == "coroutine":
        # Ex) coro = repo.save(row); asyncio.create_task(coro)
        if isinstance(payload, ast.Name):
            for value in writes.bound_values(payload, spawn.scope):
                if isinstance(value, ast.Call):
                    return _coroutine_write(value, writes, spawn)
            return None
        if isinstance(payload, ast.Call):
            return _coroutine_write(payload, writes, spawn)
        return None
    # Ex) loop.run_in_executor(None, write_report, data) / Thread(target=self._flush); a
    #     loop callback (call_soon(self._loop._add_reader, fd)) is judged strictly: callbacks
    #     are mostly loop plumbing, so an "add"/"update" name alone is no write
    lenient = spawn.spawner not in CALLBACK_SPAWNERS
    return writes.reference(payload, spawn.scope, args=spawn.args, lenient=lenient)


def _coroutine_write(call: ast.Call, writes: WriteIndex, spawn: Spawn) -> Write | None:
    # Ex) asyncio.create_task(asyncio.to_thread(write_file, path, data))
    resolved = writes.model.resolve(call.func) or ""
    if resolved == "asyncio.to_thread" and call.args:
        return writes.reference(call.args[0], spawn.scope)
    # Ex) asyncio.ensure_future(asyncio.wait_for(repo.save(x), 5))
    if resolved in ("asyncio.wait_for", "asyncio.shield") and isinstance(call.args[0], ast.Call):
        return _coroutine_write(call.args[0], writes, spawn)
    return writes.spawned(call)


def _message(spawn: Spawn, write: Write) -> str:
    what = write.describe()
    fate = spawn.fate
    if spawn.spawner == "multiprocessing.Process":
        return (
            f"{what} runs in a child process that is never joined: the caller never learns"
            " whether it was stored, and a failure in the child is seen by nobody."
        )
    if spawn.kind == "thread":
        return (
            f"{what} runs in a thread that is never joined: the caller never learns whether it"
            " was stored, and a daemon thread is killed mid-write at interpreter exit."
        )
    if spawn.spawner in CALLBACK_SPAWNERS:
        return (
            f"{what} runs via {spawn.spawner}(), which returns nothing to wait on: nothing"
            " awaits the write before shutdown and its failure is only logged by the loop, so"
            " the write can be lost without the caller knowing."
        )
    if spawn.kind == "callable":
        return (
            f"{what} runs via {spawn.spawner}() and the future is dropped: nothing waits for it"
            " before shutdown and its failure is never retrieved, so the write can be lost"
            " without an error."
        )
    handle = fate.reason.replace("handle dropped", "the task is dropped")
    if fate.kind == "dropped" and not handle.startswith("the task"):
        handle = (
            f"the task is {handle}"
            if handle.startswith(("only", "created", "cancelled"))
            else (f"the task is dropped ({handle})")
        )
    return (
        f"{what} is started with {spawn.spawner}() and {handle}: nothing awaits it, keeps a"
        " reference to it or reports its failure, so the data can be lost: the task can be"
        " garbage-collected mid-flight, cancelled at shutdown, or fail with only 'Task"
        " exception was never retrieved'."
    )


def _fix(spawn: Spawn, write: Write) -> str:
    if spawn.kind == "thread":
        what = "process" if spawn.spawner == "multiprocessing.Process" else "thread"
        return f"Join the {what} (or run the write in an executor and await its future)."
    if spawn.spawner in CALLBACK_SPAWNERS:
        return "Await the write (or run it in an executor and await that) instead of scheduling it as a callback."
    if spawn.kind == "callable":
        return f"Await it (`await {spawn.spawner}(...)`) or keep the future and check its result."
    payload = write.label if not write.via else f"{write.via[0]}(...)"
    return (
        f"Await the write (`await {payload}`), or keep the task and log its failure"
        " (lostwrite.guard.TaskKeeper, or a set plus a done-callback that logs)."
    )


def _fixable(ctx: PythonContext, spawn: Spawn) -> bool:
    """``asyncio.create_task(repo.save(x))`` as a statement in an ``async def``: ``await`` it."""
    if spawn.fate.kind != "dropped" or spawn.payload_call() is None:
        return False
    if spawn.spawner not in FIXABLE_SPAWNERS and not spawn.spawner.endswith(".create_task"):
        return False
    if not isinstance(ctx.model.parent(spawn.call), ast.Expr):
        return False
    scope = spawn.scope
    return isinstance(scope, ast.AsyncFunctionDef) and not any(
        isinstance(a, ast.Lambda) for a in _between(ctx, spawn.call, scope)
    )


def _between(ctx: PythonContext, node: ast.AST, stop: ast.AST) -> list[ast.AST]:
    chain: list[ast.AST] = []
    for ancestor in ctx.model.ancestors(node):
        if ancestor is stop:
            break
        chain.append(ancestor)
    return chain
