"""LW005 acknowledged-before-durable (Python).

## What it does
Checks for request handlers that answer success while the request's write is deferred past
the response: a writing function handed to FastAPI/Starlette/Litestar ``BackgroundTasks`` or a
``BackgroundTask`` attached to the response, Sanic ``app.add_task``, Flask
``response.call_on_close``; a write started with ``create_task``/``ensure_future``/an executor
or a thread that the handler does not await before returning (kept or not); a job handed to
Celery/RQ/arq/Dramatiq whose function writes; an event emitted to an ``async def`` listener that
writes; an item put on an in-memory queue or shared buffer whose consumer in the same module
performs the write; a Kafka-style ``producer.send()`` nobody waits for. A handler that declares
``202 Accepted`` (on the route or in its response) says honestly that the work is not done yet
and is not flagged; neither is deferred work that writes nothing (an email, a notification),
nor a side record (a view counter, an audit entry) deferred after the handler stored the
request's own data. gRPC servicer methods count as handlers (their reply is the OK). A message
consumer that acknowledges the message (``message.ack()``, ``basic_ack``, ``xack``,
``consumer.commit()``, SQS ``delete_message``) while the message's write is still deferred
is the same bug on the queue side.

## Why is this bad?
The client reads "200 OK" as "stored". The write has not happened yet: a read right after the
response misses it, and if the write fails, the worker restarts or the process is stopped
between the response and the write, the data is gone and the client that was told "OK" is
never told otherwise.

## Example
```python
@app.post("/orders")
async def create_order(order: Order, background_tasks: BackgroundTasks) -> dict:
    background_tasks.add_task(save_order, order)
    return {"status": "ok"}
```

Use instead:
```python
@app.post("/orders")
async def create_order(order: Order) -> dict:
    await save_order(order)
    return {"status": "ok"}
```
"""

from __future__ import annotations

import ast
import re
from dataclasses import replace

from lostwrite.detectors.python.context import PythonContext
from lostwrite.detectors.python.frameworks import (
    Handler,
    HandlerIndex,
    handler_index,
    returned_statuses,
    success_text,
)
from lostwrite.detectors.python.lw001_fire_and_forget_persist import payload_write
from lostwrite.detectors.python.lw045_enrichment_after_commit import ENRICHMENT
from lostwrite.detectors.python.semantic import FunctionNode, SemanticModel, dotted
from lostwrite.detectors.python.tasks import Spawn, spawns
from lostwrite.detectors.python.writes import Write, WriteIndex, render, words_of, write_index

CODE = "LW005"
# LW005 needs a request handler: a web framework, a route decorator, a Request parameter.
TRIGGERS = (
    b"fastapi",
    b"starlette",
    b"flask",
    b"quart",
    b"django",
    b"aiohttp",
    b"litestar",
    b"sanic",
    b"tornado",
    b"falcon",
    b"bottle",
    b"pyramid",
    b"ninja",
    b"rest_framework",
    b"BackgroundTask",
    b"add_task",
    b"call_on_close",
    b"(request",
    b"Request",
    b"@app.",
    b"@router.",
    b"@bp.",
    b"@routes.",
    b"Response(",
    b"add_url_rule",
    b"add_route",
    b".ack(",
    b"basic_ack",
    b"xack",
    b"store_offsets",
    b"consumer.commit",
    b"ReceiptHandle",
    b"Servicer",
)
APP_HOLDERS = frozenset(("app", "application", "state", "config_dict", "ctx"))
QUEUE_WORDS = ("queue", "q", "jobs", "inbox", "outbox_queue")
BUFFER_METHODS = frozenset(("put", "put_nowait", "append", "extend", "appendleft"))
FINISHED = frozenset(("awaited", "gathered", "taskgroup"))
ACK_METHODS = frozenset(("ack", "basic_ack", "acknowledge", "xack", "store_offsets"))
ACTOR_SENDS = frozenset(("send", "send_with_options"))  # Dramatiq: only on a local @actor
JOB_METHODS = frozenset(("delay", "apply_async", "enqueue", "enqueue_call", "enqueue_job", "kiq"))
EMITTERS = frozenset(("emit", "publish", "dispatch", "fire", "send", "trigger"))
SUBSCRIBERS = frozenset(("on", "subscribe", "listen", "listens_for", "add_listener", "register"))
# An update of a stored record: update_one(...), row.set(...), obj.save(...), UPDATE t SET
UPDATE_WRITE = re.compile(r"\bupdate|\.set\(|\bsave\(", re.IGNORECASE)
SQL_UPDATE = re.compile(r"\bUPDATE\s+\S+\s+SET\b", re.IGNORECASE)
SIDE_RECORD_WORDS = frozenset(
    "view views visit visits hit hits impression impressions click clicks pageview pageviews "
    "download downloads play plays "
    "analytics stats statistics telemetry metrics audit activity".split()
)
SIDE_RECORD_SUBJECTS = frozenset(("search", "searches", "access", "query", "queries"))
SIDE_RECORD_LOGS = frozenset(("log", "logs", "history", "record", "track", "count"))
SQL_TABLE = re.compile(r"(?:INTO|UPDATE)\s+([A-Za-z_][\w.]*)", re.IGNORECASE)
DRAIN_METHODS = frozenset(("get", "get_nowait", "pop", "popleft", "clear", "copy", "popitem"))


def check(ctx: PythonContext) -> None:
    # Ex) background_tasks.add_task(...) and also asyncio.create_task(repo.save(x)) /
    #     Thread(target=save).start() in a handler: anything not finished before the return
    found = spawns(ctx)
    deferred = [spawn for spawn in found if spawn.fate.kind not in FINISHED]
    finished = [spawn for spawn in found if spawn.fate.kind in FINISHED]
    buffered: list[ast.Call] = []
    sent: list[ast.Call] = []
    emitted: list[ast.Call] = []
    queued: list[ast.Call] = []
    for call in ctx.model.of_type(ast.Call):
        func = call.func
        if isinstance(func, ast.Attribute):
            if func.attr in BUFFER_METHODS:
                buffered.append(call)
            elif func.attr in ("send", "produce"):
                sent.append(call)
            if func.attr in EMITTERS:
                emitted.append(call)
            if func.attr in JOB_METHODS or func.attr in ACTOR_SENDS:
                queued.append(call)
    if not (deferred or finished or buffered or sent or emitted or queued):
        return
    handlers = handler_index(ctx)
    writes = write_index(ctx)
    for spawn in deferred:
        # Ex) background_tasks.add_task(save_order, order) / BackgroundTask(save, x)
        #     / request.app.add_task(save(order)) (Sanic) / response.call_on_close(flush)
        handler = _handler_for(handlers.enclosing(spawn.call), spawn.scope)
        if handler is None:
            continue
        write = payload_write(spawn, writes)
        if write is None:
            continue
        # Ex) task = create_task(log_search(q)); tasks.add(task); task.add_done_callback(log)
        #     -- an analytics/audit side record the response never promised, failure logged
        if spawn.fate.kind == "kept-logged" and _side_record(spawn, write):
            call_text = write.label if not write.via else f"{write.via[0]}()"
            reason = "side record (analytics/audit) in a kept task whose failure is logged"
            ctx.accept(CODE, spawn.call, reason, risk="low", call=call_text)
            continue
        # Ex) @app.get("/search") ... create_task(record_search(q))   -- a read request:
        #     its answer promises no stored data (losing the statistic is LW001's business)
        if handler.method in ("GET", "HEAD") and _side_record(spawn, write):
            call_text = write.label if not write.via else f"{write.via[0]}()"
            reason = "side record (analytics/audit) of a read request, which promises no write"
            ctx.accept(CODE, spawn.call, reason, risk="low", call=call_text)
            continue
        # Ex) await session.commit() ... background.add_task(bump_view_count, product_id)
        #     -- the request's own data is stored before the answer; only a counter waits
        if _side_record(spawn, write):
            stored = _stored_before(ctx, writes, handler, spawn.call)
            if stored is not None:
                call_text = write.label if not write.via else f"{write.via[0]}()"
                reason = (
                    "side record (analytics/audit) deferred after the request's data was"
                    f" stored (line {stored.call.lineno})"
                )
                ctx.accept(CODE, spawn.call, reason, risk="low", call=call_text)
                continue
        _judge(ctx, handler, spawn.call, write, _mechanism(spawn))
    # Ex) async for message in queue: await message.ack(); asyncio.create_task(sink.write(e))
    #     -- a consumer acknowledges the message while its write is still in flight
    acks = _acks_by_function(ctx) if "ack" in ctx.source or "commit" in ctx.source else {}
    for spawn in deferred:
        if spawn.scope is None or spawn.scope not in acks or handlers.enclosing(spawn.call):
            continue
        write = payload_write(spawn, writes)
        if write is None or write.to_cache():
            continue
        ack = acks[spawn.scope]
        call_text = write.label if not write.via else f"{write.via[0]}()"
        # Ex) await sink.write(event); await message.ack(); create_task(bump_view_count(...))
        if _side_record(spawn, write) and _stored_before(
            ctx, writes, Handler(spawn.scope, "consumer"), spawn.call
        ):
            reason = "side record (analytics/audit) deferred after the message's data was stored"
            ctx.accept(CODE, spawn.call, reason, risk="low", call=call_text)
            continue
        ctx.report(
            CODE,
            spawn.call,
            f"{spawn.scope.name}() acknowledges the message ({render(ack.func)}(), line"
            f" {ack.lineno}) while {write.describe()} is deferred via {_mechanism(spawn)}: the"
            " broker treats the message as handled before the data is stored, so if the write"
            " fails or the consumer stops, the data is lost and never redelivered. Await the"
            " write, then acknowledge.",
            risk="critical",
            call=call_text,
        )
    # Ex) async with asyncio.TaskGroup() as tg: tg.create_task(repo.save(x))  -- in the handler
    for spawn in finished:
        handler = handlers.enclosing(spawn.call)
        if handler is None:
            continue
        write = payload_write(spawn, writes)
        # Ex) request.app.state.tg.create_task(repo.save(order)): a group the lifespan opened
        #     outlives the request, so the 201 goes out before the save
        if (
            write is not None
            and spawn.fate.kind == "taskgroup"
            and not _group_opened_here(ctx.model, spawn)
        ):
            _judge(ctx, handler, spawn.call, write, "a task group that outlives the request")
            continue
        if write is not None:
            call_text = write.label if not write.via else f"{write.via[0]}()"
            reason = f"finished before the response ({spawn.fate.reason})"
            ctx.accept(CODE, spawn.call, reason, call=call_text)
    # Ex) await jobs.put(order) / queue.put_nowait(event) / BUFFER.append(row)
    #     -- taken from the queue/buffer and written later by another function
    drains = _Drains(ctx, writes, handlers)
    for call in buffered:
        func = call.func
        assert isinstance(func, ast.Attribute)
        handler = handlers.enclosing(call)
        if handler is None:
            continue
        key = _shared_key(ctx, func.value, accept_queue_names=func.attr in ("put", "put_nowait"))
        if key is None:
            continue
        write = drains.write_for(key, handler.function)
        if write is not None:
            what = "queue" if func.attr.startswith("put") else "buffer"
            _judge(ctx, handler, call, write, f"the in-memory {what} {render(func.value)}")
    # Ex) producer.send("orders", value) without waiting for the broker's acknowledgement
    for call in sent:
        handler = handlers.enclosing(call)
        if handler is not None and _unconfirmed_send(ctx, call, handler):
            write = Write(call, "queue", f"{dotted(call.func)}(...)")
            # Ex) await session.commit(); producer.send("orders.created", ...)  -- the
            #     request's data is durable already; the send only announces it
            stored = _stored_before(ctx, writes, handler, call)
            if stored is not None:
                reason = f"the request's data is stored first (line {stored.call.lineno})"
                ctx.accept(CODE, call, reason, risk="low", call=write.label)
                continue
            _judge(ctx, handler, call, write, "a producer buffer (no broker acknowledgement)")
    # Ex) save_order.delay(order) (Celery) / queue.enqueue(save_order, order) (RQ)
    #     / await redis.enqueue_job("save_order", order) (arq): a worker writes later
    for call in queued:
        handler = handlers.enclosing(call)
        if handler is None:
            continue
        write = _job_write(ctx, writes, call)
        if write is not None:
            assert isinstance(call.func, ast.Attribute)
            _judge(ctx, handler, call, write, f"a task queue ({call.func.attr}())")
    # Ex) bus.emit("order.created", order)  with  @bus.on("order.created") async def store(...)
    if emitted:
        listeners = _async_listeners(ctx, writes)
        for call in emitted:
            key = _event_key(call.args[0]) if call.args else None
            if key is None or key not in listeners:
                continue
            handler = handlers.enclosing(call)
            if handler is not None and isinstance(ctx.model.parent(call), ast.Expr):
                _judge(ctx, handler, call, listeners[key], f"the event {key!r} (async listener)")


def _group_opened_here(model: SemanticModel, spawn: Spawn) -> bool:
    """The TaskGroup/nursery the spawn uses is an ``async with ... as tg`` of its function."""
    func = spawn.call.func
    receiver = dotted(func.value) if isinstance(func, ast.Attribute) else ""
    for ancestor in model.ancestors(spawn.call):
        if ancestor is spawn.scope:
            break
        if isinstance(ancestor, ast.With | ast.AsyncWith) and any(
            item.optional_vars is not None and dotted(item.optional_vars) == receiver
            for item in ancestor.items
        ):
            return True
    return False


def _acks_by_function(ctx: PythonContext) -> dict[FunctionNode, ast.Call]:
    """Functions that acknowledge a consumed message: ``message.ack()``,
    ``ch.basic_ack(...)``, ``redis.xack(...)``, ``consumer.commit()`` / ``store_offsets``."""
    found: dict[FunctionNode, ast.Call] = {}
    for call in ctx.model.of_type(ast.Call):
        func = call.func
        if not isinstance(func, ast.Attribute):
            continue
        if (
            func.attr in ACK_METHODS
            or (
                func.attr in ("commit", "commit_async")
                and "consumer" in words_of(dotted(func.value).split(".")[-1])
            )
            # Ex) sqs.delete_message(QueueUrl=..., ReceiptHandle=...): SQS's acknowledgement
            or (
                func.attr in ("delete_message", "delete_message_batch")
                and any(k.arg in ("ReceiptHandle", "Entries") for k in call.keywords)
            )
        ):
            scope = ctx.model.enclosing_function(call)
            if scope is not None:
                found.setdefault(scope, call)
    return found


def _side_record(spawn: Spawn, write: Write) -> bool:
    """The background write records *about* the request (a view, a search, an audit entry),
    not the data the client sent: by the payload's, the write's and the table's names."""
    names = [dotted(spawn.payload) if spawn.payload is not None else "", write.label, *write.via]
    if isinstance(spawn.payload, ast.Call):
        names.append(dotted(spawn.payload.func))
    for node in ast.walk(write.call):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            names.extend(SQL_TABLE.findall(node.value))
    found: set[str] = set()
    for name in names:
        found |= words_of(name)
    return bool(found & SIDE_RECORD_WORDS) or bool(
        found & SIDE_RECORD_SUBJECTS and found & SIDE_RECORD_LOGS
    )


def _enrichment_update(node: ast.Call, write: Write) -> bool:
    """The deferred write updates a record with something computed about it (a sentiment,
    tags, a summary): an update, reached through a function named for an enrichment."""
    sql = (
        n.value
        for n in ast.walk(write.call)
        if isinstance(n, ast.Constant) and isinstance(n.value, str)
    )
    if not UPDATE_WRITE.search(write.label) and not any(SQL_UPDATE.search(q) for q in sql):
        return False
    names = [*write.via, *(dotted(n.func) for n in ast.walk(node) if isinstance(n, ast.Call))]
    return any(ENRICHMENT.search(name.lower()) for name in names)


def _job_write(ctx: PythonContext, writes: WriteIndex, call: ast.Call) -> Write | None:
    """The write a queued job performs: its function, local or judged by name."""
    func = call.func
    assert isinstance(func, ast.Attribute)
    scope = ctx.model.enclosing_function(call)
    if func.attr in ("delay", "apply_async", "kiq") or func.attr in ACTOR_SENDS:
        target: ast.expr = func.value  # save_order.delay(order) / persist.send(payload)
        args = tuple(call.args) if func.attr in ("delay", "kiq", "send") else ()
        if func.attr in ACTOR_SENDS and not _is_actor(target, scope, writes):
            return None
    elif func.attr == "enqueue_job" and call.args:  # arq: enqueue_job("save_order", ...)
        name = call.args[0]
        if not (isinstance(name, ast.Constant) and isinstance(name.value, str)):
            return None
        target = ast.copy_location(ast.Name(id=name.value, ctx=ast.Load()), name)
        args = tuple(call.args[1:])
    elif call.args:  # rq: queue.enqueue(save_order, order) / enqueue_call(func=...)
        target = call.args[0]
        args = tuple(call.args[1:])
    else:
        return None
    return writes.reference(target, scope, args=args, lenient=True)


def _is_actor(target: ast.expr, scope: FunctionNode | None, writes: WriteIndex) -> bool:
    """``fn.send(...)`` is a Dramatiq job only when ``fn`` is a local ``@actor``."""
    fn = writes.lookup(target, scope)
    return fn is not None and any(
        dotted(d.func if isinstance(d, ast.Call) else d).split(".")[-1] == "actor"
        for d in fn.decorator_list
    )


def _event_key(expr: ast.expr) -> str | None:
    """``"order.created"`` / ``OrderCreated(...)`` / ``OrderCreated`` -> the event's key."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return expr.value
    if isinstance(expr, ast.Call):
        expr = expr.func
    if isinstance(expr, ast.Name | ast.Attribute):
        return dotted(expr).split(".")[-1] or None
    return None


def _async_listeners(ctx: PythonContext, writes: WriteIndex) -> dict[str, Write]:
    """Event key -> the write of an ``async def`` listener in this module."""
    found: dict[str, Write] = {}
    by_name = {fn.name: fn for fn in ctx.model.of_type(ast.AsyncFunctionDef)}

    def add(key: str | None, listener: FunctionNode | None) -> None:
        if key is None or not isinstance(listener, ast.AsyncFunctionDef) or key in found:
            return
        write = writes.function(listener)
        if write is not None:
            found[key] = write.followed(listener.name)

    for fn in by_name.values():
        for decorator in fn.decorator_list:  # @bus.on("order.created") / @bus.subscribe(Evt)
            if (
                isinstance(decorator, ast.Call)
                and isinstance(decorator.func, ast.Attribute)
                and decorator.func.attr in SUBSCRIBERS
                and decorator.args
            ):
                add(_event_key(decorator.args[0]), fn)
    for call in ctx.model.of_type(ast.Call):  # bus.on("order.created", store_order)
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in SUBSCRIBERS and len(call.args) >= 2:
            target = call.args[1]
            if isinstance(target, ast.Name):
                add(_event_key(call.args[0]), by_name.get(target.id))
    return found


def _judge(ctx: PythonContext, handler: Handler, node: ast.Call, write: Write, how: str) -> None:
    call_text = write.label if not write.via else f"{write.via[0]}()"
    # Ex) BackgroundTask(bust_feed_cache, cache, user): a cache, not the request's data
    if write.to_cache():
        ctx.accept(CODE, node, "cache write or invalidation", risk="low", call=call_text)
        return
    if _declares_accepted(handler):
        ctx.accept(CODE, node, "the handler answers 202 Accepted", risk="low", call=call_text)
        return
    # Ex) await db.feedback.insert_one(record) ... create_task(enrich_sentiment(id, text))
    #     -- the request's data is stored; a later enrichment of it is LW045's business
    if _enrichment_update(node, write):
        stored = _stored_before(ctx, write_index(ctx), handler, node)
        if stored is not None:
            reason = f"enrichment update deferred after the request's data was stored (line {stored.call.lineno})"
            ctx.accept(CODE, node, reason, risk="low", call=call_text)
            return
    ctx.report(
        CODE,
        node,
        f"{handler.describe()} answers success ({success_text(handler)}) while"
        f" {write.describe()} is deferred"
        f" past the response via {how}: the client is told the data is stored before it is,"
        " and if the write fails or the process stops after the response, the data is lost"
        " and nobody is told. Await the write before returning, or answer 202 Accepted with a"
        " status the client can poll.",
        risk="critical",
        call=call_text,
    )


def _handler_for(handler: Handler | None, scope: FunctionNode | None) -> Handler | None:
    """The handler, or a function taking ``BackgroundTasks`` (a route by construction)."""
    if handler is not None or scope is None:
        return handler
    for arg in scope.args.args + scope.args.kwonlyargs:
        annotation = arg.annotation
        if annotation is not None and dotted(annotation).endswith("BackgroundTasks"):
            return Handler(scope, "FastAPI")
    return None


def _mechanism(spawn: Spawn) -> str:
    if spawn.spawner == "BackgroundTasks.add_task":
        return "BackgroundTasks.add_task()"
    if spawn.spawner == "BackgroundTask":
        return "a BackgroundTask on the response"
    if spawn.kind == "thread":
        return (
            "a child process"
            if spawn.spawner == "multiprocessing.Process"
            else "a background thread"
        )
    return f"{spawn.spawner}()"


def _declares_accepted(handler: Handler) -> bool:
    """202 on the route decorator or in any response the handler returns."""
    return handler.status == 202 or 202 in returned_statuses(handler)


def _shared_key(ctx: PythonContext, receiver: ast.expr, *, accept_queue_names: bool) -> str | None:
    """A queue or buffer that outlives the request: module-level or on ``self``/app state."""
    # Ex) request.app["orders"].put_nowait(order) / app["jobs"].append(job): app state
    if (
        isinstance(receiver, ast.Subscript)
        and isinstance(receiver.slice, ast.Constant)
        and isinstance(receiver.slice.value, str)
        and dotted(receiver.value).split(".")[-1] in APP_HOLDERS
    ):
        return receiver.slice.value
    name = dotted(receiver)
    last = name.split(".")[-1]
    if not last:
        return None
    lowered = last.lower().lstrip("_")
    if accept_queue_names and (lowered in QUEUE_WORDS or lowered.endswith(("queue", "_q"))):
        return last
    if isinstance(receiver, ast.Name):
        return last if last in _module_names(ctx) else None
    if isinstance(receiver, ast.Attribute) and (
        name.startswith(("self.", "cls.")) or ".state." in name
    ):
        return last
    return None


def _module_names(ctx: PythonContext) -> set[str]:
    names: set[str] = ctx.__dict__.get("_lw005_module_names") or set()
    if not names:
        for statement in ctx.model.tree.body:
            targets = (
                statement.targets
                if isinstance(statement, ast.Assign)
                else [statement.target]
                if isinstance(statement, ast.AnnAssign)
                else []
            )
            names.update(t.id for t in targets if isinstance(t, ast.Name))
        ctx.__dict__["_lw005_module_names"] = names
    return names


class _Drains:
    """Which function takes items out of a shared queue/buffer and writes them."""

    def __init__(self, ctx: PythonContext, writes: WriteIndex, handlers: HandlerIndex) -> None:
        self.ctx = ctx
        self.writes = writes
        self.handlers = handlers
        self._cache: dict[str, list[tuple[FunctionNode, Write]]] = {}

    def write_for(self, key: str, handler: FunctionNode) -> Write | None:
        if key not in self._cache:
            self._cache[key] = self._find(key)
        for function, write in self._cache[key]:
            if function is not handler:
                return write
        return None

    def _find(self, key: str) -> list[tuple[FunctionNode, Write]]:
        model = self.ctx.model
        found: list[tuple[FunctionNode, Write]] = []
        seen: set[FunctionNode] = set()
        references: list[ast.expr] = [n for n in model.of_type(ast.Name) if n.id == key]
        references += [n for n in model.of_type(ast.Attribute) if n.attr == key]
        # Ex) queue = app["orders"] ... await queue.get()  -- app state under a local name
        for item in model.of_type(ast.Subscript):
            if not (isinstance(item.slice, ast.Constant) and item.slice.value == key):
                continue
            references.append(item)
            holder = model.parent(item)
            alias = _bound_name(holder)
            function = model.enclosing_function(item)
            if alias is not None and function is not None:
                references += [
                    n
                    for n in ast.walk(function)
                    if isinstance(n, ast.Name) and n.id == alias and isinstance(n.ctx, ast.Load)
                ]
        for node in references:
            if not _drained(model, node):
                continue
            function = model.enclosing_function(node)
            if function is None or function in seen or self.handlers.handler(function):
                continue
            seen.add(function)
            write = self.writes.function(function)
            if write is not None:
                found.append((function, write.followed(function.name)))
        return found


def _bound_name(statement: ast.AST | None) -> str | None:
    """``queue = ...`` / ``queue: asyncio.Queue = ...`` -> ``queue``."""
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
        target = statement.targets[0]
        return target.id if isinstance(target, ast.Name) else None
    if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
        return statement.target.id
    return None


def _drained(model: SemanticModel, node: ast.expr) -> bool:
    """``q.get()`` / ``buf.pop()`` / ``for x in buf`` / ``list(buf)`` / ``buf[:]``."""
    parent = model.parent(node)
    if isinstance(parent, ast.Attribute) and parent.value is node:
        return parent.attr in DRAIN_METHODS and isinstance(model.parent(parent), ast.Call)
    if isinstance(parent, ast.For | ast.AsyncFor | ast.comprehension):
        return parent.iter is node
    if isinstance(parent, ast.Subscript) and parent.value is node:
        return isinstance(parent.slice, ast.Slice)
    if isinstance(parent, ast.Call) and node in parent.args:
        return dotted(parent.func) in ("list", "tuple", "sorted", "copy.copy")
    return False


def _stored_before(
    ctx: PythonContext, writes: WriteIndex, handler: Handler, node: ast.Call
) -> Write | None:
    """The last write the handler itself completes (awaited or called in place, directly or
    through a local helper) before ``node`` (usually the commit); its ``call`` is the call
    in the handler."""
    found: Write | None = None
    position = (node.lineno, node.col_offset)
    for call in sorted(writes.calls_of(handler.function), key=lambda c: (c.lineno, c.col_offset)):
        if call is node or (call.lineno, call.col_offset) >= position:
            continue
        parent = ctx.model.parent(call)
        if isinstance(parent, ast.Await):
            parent = ctx.model.parent(parent)
        if not isinstance(parent, ast.Expr | ast.Assign | ast.AnnAssign | ast.withitem):
            continue
        write = writes.deep(call)
        if write is not None:
            found = replace(write, call=call)
    return found


def _unconfirmed_send(ctx: PythonContext, call: ast.Call, handler: Handler) -> bool:
    """A Kafka-style ``producer.send()`` whose delivery nobody waits for before the return."""
    func = call.func
    assert isinstance(func, ast.Attribute)
    receiver = dotted(func.value)
    if not receiver or not (
        {"producer", "kafka"} & set(receiver.lower().replace(".", "_").split("_"))
    ):
        return False
    parent = ctx.model.parent(call)
    if isinstance(parent, ast.Await):
        if func.attr == "send_and_wait":
            return False
        holder = ctx.model.parent(parent)
        if isinstance(holder, ast.Await):  # await (await producer.send(...))
            return False
        parent = holder
    if not isinstance(parent, ast.Expr):
        return False  # the delivery future is kept (and probably awaited or .get()-ed)
    for node in ast.walk(handler.function):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("flush", "send_and_wait")
            and dotted(node.func.value) == receiver
        ):
            return False
    return True
