"""LW005 acknowledged-before-durable (Python).

## What it does
Checks for request handlers that answer success while the request's write is deferred past
the response: a writing function handed to FastAPI/Starlette/Litestar ``BackgroundTasks`` or a
``BackgroundTask`` attached to the response, Sanic ``app.add_task``, Flask
``response.call_on_close``, or an item put on an in-memory queue (``asyncio.Queue``,
``queue.Queue``) whose consumer in the same module performs the write. A handler that declares
``202 Accepted`` (on the route or in its response) says honestly that the work is not done yet
and is not flagged; neither is deferred work that writes nothing (an email, a notification).

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

from lostwrite.detectors.python.context import PythonContext
from lostwrite.detectors.python.frameworks import Handler, handler_index, status_value
from lostwrite.detectors.python.lw001_fire_and_forget_persist import payload_write
from lostwrite.detectors.python.semantic import FunctionNode, dotted
from lostwrite.detectors.python.tasks import Spawn, spawns
from lostwrite.detectors.python.writes import Write, WriteIndex, write_index

CODE = "LW005"
TRIGGERS = (b"add_task", b"BackgroundTask", b"call_on_close", b"put_nowait", b".put(")
QUEUE_WORDS = ("queue", "q", "jobs", "inbox", "outbox_queue")


def check(ctx: PythonContext) -> None:
    handlers = handler_index(ctx)
    writes = write_index(ctx)
    consumers: dict[str, Write] | None = None
    for spawn in spawns(ctx):
        # Ex) background_tasks.add_task(save_order, order) / BackgroundTask(save, x)
        #     / request.app.add_task(save(order)) (Sanic) / response.call_on_close(flush)
        if spawn.fate.kind != "deferred":
            continue
        handler = _handler_for(ctx, handlers.enclosing(spawn.call), spawn.scope)
        if handler is None:
            continue
        write = payload_write(spawn, writes)
        if write is None:
            continue
        _judge(ctx, handler, spawn.call, write, _mechanism(spawn))
    # Ex) await jobs.put(order) / queue.put_nowait(event) -- consumed and written elsewhere
    for call in ctx.model.of_type(ast.Call):
        func = call.func
        if not isinstance(func, ast.Attribute) or func.attr not in ("put", "put_nowait"):
            continue
        key = _queue_key(func.value)
        if key is None:
            continue
        handler = handlers.enclosing(call)
        if handler is None:
            continue
        if consumers is None:
            consumers = _queue_consumers(ctx, writes)
        write = consumers.get(key)
        if write is not None:
            _judge(ctx, handler, call, write, f"the in-memory queue {dotted(func.value)}")


def _judge(ctx: PythonContext, handler: Handler, node: ast.Call, write: Write, how: str) -> None:
    call_text = write.label if not write.via else f"{write.via[0]}()"
    if _declares_accepted(ctx, handler):
        ctx.accept(CODE, node, "the handler answers 202 Accepted", risk="low", call=call_text)
        return
    ctx.report(
        CODE,
        node,
        f"{handler.describe()} answers success (HTTP 200) while {write.describe()} is deferred"
        f" past the response via {how}: the client is told the data is stored before it is,"
        " and if the write fails or the process stops after the response, the data is lost"
        " and nobody is told. Await the write before returning, or answer 202 Accepted with a"
        " status the client can poll.",
        risk="critical",
        call=call_text,
    )


def _handler_for(
    ctx: PythonContext, handler: Handler | None, scope: FunctionNode | None
) -> Handler | None:
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
    return f"{spawn.spawner}()"


def _declares_accepted(ctx: PythonContext, handler: Handler) -> bool:
    """202 on the route decorator or in any response the handler returns."""
    if handler.status == 202:
        return True
    for node in ast.walk(handler.function):
        if isinstance(node, ast.Return) and node.value is not None:
            value = node.value
            # Ex) return jsonify(job), 202 (Flask)
            if isinstance(value, ast.Tuple) and len(value.elts) >= 2:
                if status_value(value.elts[1]) == 202:
                    return True
            # Ex) return JSONResponse(body, status_code=202) / web.json_response(x, status=202)
            if isinstance(value, ast.Call):
                for keyword in value.keywords:
                    if keyword.arg in ("status_code", "status") and (
                        status_value(keyword.value) == 202
                    ):
                        return True
        # Ex) response.status_code = 202
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Attribute) and t.attr in ("status_code", "status")
            for t in node.targets
        ):
            if status_value(node.value) == 202:
                return True
    return False


def _queue_key(receiver: ast.expr) -> str | None:
    name = dotted(receiver).split(".")[-1].lower().lstrip("_")
    if not name:
        return None
    if name in QUEUE_WORDS or name.endswith(("queue", "_q")):
        return name
    return None


def _queue_consumers(ctx: PythonContext, writes: WriteIndex) -> dict[str, Write]:
    """Queue name -> the write done by a function in this module that takes from it."""
    found: dict[str, Write] = {}
    for call in ctx.model.of_type(ast.Call):
        func = call.func
        if not isinstance(func, ast.Attribute) or func.attr not in ("get", "get_nowait"):
            continue
        if call.args and not isinstance(call.args[0], ast.Constant):
            continue  # dict.get(key): a queue's get takes no positional key
        key = _queue_key(func.value)
        scope = ctx.model.enclosing_function(call)
        if key is None or scope is None or key in found:
            continue
        write = writes.function(scope)
        if write is not None:
            found[key] = write.followed(scope.name)
    return found
