"""Background work: where it is started, what it runs, and where its handle goes.

A *spawn* is a call that starts work the caller does not wait for by itself:
``asyncio.create_task`` / ``ensure_future`` / ``loop.create_task`` /
``run_coroutine_threadsafe`` / ``TaskGroup.create_task`` / anyio and trio ``start_soon`` /
``loop.run_in_executor`` / ``executor.submit`` / ``threading.Thread(target=...).start()``.
Its *payload* is the coroutine call or callable it runs; its *fate* says what happens to the
handle it returns, judged flow-aware inside the enclosing function: dropped, assigned and never
used, awaited, gathered, kept in a container (with or without a done-callback that logs),
returned or handed to another call, or owned by a TaskGroup/nursery.

API::

    spawns(ctx)          # list[Spawn] in source order, computed once per file
    Spawn.call / .kind / .spawner / .payload / .args / .fate / .scope
    Fate.kind / .reason / .safe / .node
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Literal

from lostwrite.detectors.python.context import PythonContext
from lostwrite.detectors.python.semantic import FunctionNode, SemanticModel, dotted
from lostwrite.detectors.python.writes import WriteIndex, words_of, write_index

SpawnKind = Literal["coroutine", "callable", "thread"]
FateKind = Literal[
    "dropped",
    "unused",
    "never-joined",
    "awaited",
    "gathered",
    "kept",
    "kept-logged",
    "returned",
    "handed",
    "taskgroup",
    "deferred",
]

COROUTINE_SPAWNERS = frozenset(
    ("asyncio.create_task", "asyncio.ensure_future", "asyncio.run_coroutine_threadsafe")
)
LOOP_GETTERS = frozenset(
    ("asyncio.get_event_loop", "asyncio.get_running_loop", "asyncio.new_event_loop")
)
TASKGROUP_TYPES = frozenset(("asyncio.TaskGroup", "anyio.create_task_group", "trio.open_nursery"))
TASKGROUP_WORDS = frozenset(("tg", "task_group", "taskgroup", "group", "nursery", "scope"))
WAITERS = frozenset(
    (
        "asyncio.gather",
        "asyncio.wait",
        "asyncio.wait_for",
        "asyncio.shield",
        "asyncio.as_completed",
        "concurrent.futures.wait",
        "concurrent.futures.as_completed",
    )
)
LOG_METHODS = frozenset(
    ("exception", "error", "critical", "warning", "warn", "fatal", "log", "capture_exception")
)
RETRIEVERS = frozenset(("exception", "result"))
BACKGROUND_TASK_TYPES = frozenset(
    (
        "fastapi.BackgroundTasks",
        "starlette.background.BackgroundTasks",
        "starlette.background.BackgroundTask",
        "fastapi.background.BackgroundTasks",
        "litestar.background_tasks.BackgroundTask",
        "litestar.background_tasks.BackgroundTasks",
        "litestar.BackgroundTask",
    )
)
DEFERRING = frozenset(("BackgroundTasks.add_task", "BackgroundTask", "call_on_close", "add_task"))
SPAWN_NAMES = frozenset(
    (
        "create_task",
        "ensure_future",
        "run_coroutine_threadsafe",
        "BackgroundTask",
        "add_task",
        "add_background_task",
        "call_on_close",
        "start_soon",
        "run_in_executor",
        "submit",
        "start",
        "spawn_callback",
        "add_callback",
        "call_soon",
        "call_soon_threadsafe",
        "call_later",
        "call_at",
    )
)
# Constructors whose .start() runs a target outside the caller (joined or not).
THREAD_TYPES = frozenset(
    (
        "threading.Thread",
        "threading.Timer",
        "multiprocessing.Process",
        "multiprocessing.context.Process",
    )
)
# Schedulers that run a plain callback later and hand back nothing to wait on.
CALLBACK_SPAWNERS = frozenset(
    (
        "IOLoop.spawn_callback",
        "IOLoop.add_callback",
        "loop.call_soon",
        "loop.call_soon_threadsafe",
        "loop.call_later",
        "loop.call_at",
    )
)
INERT_BUILTINS = frozenset(("print", "id", "repr", "str", "len", "hash", "type", "format"))
LOGGER_METHODS = frozenset(("debug", "info", "warning", "error", "exception", "critical", "log"))
DEFERRED_CALLERS = frozenset(
    ("call_soon", "call_soon_threadsafe", "call_later", "call_at", "add_done_callback")
)


@dataclass(frozen=True, slots=True)
class Fate:
    """Where a spawn's handle goes."""

    kind: FateKind
    reason: str
    node: ast.AST | None = None

    @property
    def safe(self) -> bool:
        return self.kind not in ("dropped", "unused", "never-joined")


@dataclass(slots=True)
class Spawn:
    """One place where background work is started."""

    call: ast.Call
    kind: SpawnKind
    spawner: str
    payload: ast.expr | None
    scope: FunctionNode | None
    args: tuple[ast.expr, ...] = ()
    fate: Fate = field(default_factory=lambda: Fate("dropped", "handle dropped"))

    def payload_call(self) -> ast.Call | None:
        """The coroutine call a coroutine spawn runs (``repo.save(x)``), if visible."""
        return self.payload if isinstance(self.payload, ast.Call) else None


class _Uses:
    """Loads of local names inside one function, collected in one walk and cached."""

    def __init__(self) -> None:
        self._by_function: dict[ast.AST, dict[str, list[ast.Name]]] = {}

    def of(self, scope: ast.AST, name: str) -> list[ast.Name]:
        table = self._by_function.get(scope)
        if table is None:
            table = {}
            stack: list[tuple[ast.AST, frozenset[str]]] = [(scope, frozenset())]
            while stack:
                node, shadowed = stack.pop()
                if node is not scope and isinstance(
                    node, ast.Lambda | ast.FunctionDef | ast.AsyncFunctionDef
                ):  # its parameters hide the outer names: lambda t: t.exception()
                    arguments = node.args
                    shadowed = shadowed | {
                        a.arg for a in arguments.posonlyargs + arguments.args + arguments.kwonlyargs
                    }
                elif (
                    isinstance(node, ast.Name)
                    and isinstance(node.ctx, ast.Load)
                    and node.id not in shadowed
                ):
                    table.setdefault(node.id, []).append(node)
                stack.extend((child, shadowed) for child in ast.iter_child_nodes(node))
            self._by_function[scope] = table
        return table.get(name, [])


class _Finder:
    """Finds the spawns of one file and judges their fates."""

    def __init__(self, ctx: PythonContext) -> None:
        self.ctx = ctx
        self.model: SemanticModel = ctx.model
        self.writes: WriteIndex = write_index(ctx)
        self.uses = _Uses()
        self.threads = any(word in ctx.source for word in ("Thread", "Timer", "Process"))

    def find(self) -> list[Spawn]:
        found: list[Spawn] = []
        names = set(SPAWN_NAMES)
        for local, target in self.model.imports.items():  # from asyncio import create_task as go
            if target in COROUTINE_SPAWNERS or target in BACKGROUND_TASK_TYPES:
                names.add(local)
        if not self.threads:
            names.discard("start")
        for call in self.model.of_type(ast.Call):
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in names:
                continue
            spawn = self._spawn(call)
            if spawn is not None:
                spawn.fate = self._fate(spawn)
                found.append(spawn)
        wrapped = self._through_wrappers(found)
        if wrapped:
            found = sorted(found + wrapped, key=lambda s: (s.call.lineno, s.call.col_offset))
        return found

    def _through_wrappers(self, found: list[Spawn]) -> list[Spawn]:
        """Calls to local helpers that spawn their argument: ``fire_and_forget(repo.save(x))``.

        A helper ``def fire_and_forget(coro): asyncio.create_task(coro)`` is a spawner itself;
        each call to it becomes a spawn of the argument, with the helper's verdict on the
        handle (or, if the helper returns the task, the fate of the call's result).
        """
        wrappers: dict[str, tuple[FunctionNode, int, Spawn]] = {}
        for spawn in found:
            scope = spawn.scope
            payload = spawn.payload
            if scope is None or not isinstance(payload, ast.Name):
                continue
            params = [a.arg for a in scope.args.posonlyargs + scope.args.args]
            if payload.id in params:
                index = params.index(payload.id) - (1 if params[0] in ("self", "cls") else 0)
                wrappers[scope.name] = (scope, index, spawn)
        if not wrappers:
            return []
        result: list[Spawn] = []
        for call in self.model.of_type(ast.Call):
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in wrappers:
                continue
            helper, index, inner = wrappers[name]
            if self.writes.callee(call) is not helper or len(call.args) <= index:
                continue
            scope = self.model.enclosing_function(call)
            spawn = Spawn(call, inner.kind, f"{helper.name}", call.args[index], scope)
            if inner.fate.kind == "returned":
                spawn.fate = self._handle_fate(call, scope)
            else:
                spawn.fate = Fate(inner.fate.kind, f"{inner.fate.reason} in {helper.name}()")
            result.append(spawn)
        return result

    # -- recognising spawns --

    def _spawn(self, call: ast.Call) -> Spawn | None:
        model = self.model
        func = call.func
        resolved = model.resolve(func) or ""
        scope = model.enclosing_function(call)
        # Ex) asyncio.create_task(repo.save(x)) / ensure_future(...) / run_coroutine_threadsafe
        if resolved in COROUTINE_SPAWNERS:
            return Spawn(call, "coroutine", resolved, _first(call, "coro"), scope)
        # Ex) BackgroundTask(save_order, order) -- runs after the response is sent
        if resolved in BACKGROUND_TASK_TYPES and resolved.endswith("Task") and call.args:
            return Spawn(
                call, "callable", "BackgroundTask", call.args[0], scope, tuple(call.args[1:])
            )
        if not isinstance(func, ast.Attribute):
            # Ex) Thread(target=write_rows, args=(rows,)) is judged at its .start()
            return None
        attr = func.attr
        # Ex) loop.create_task(coro) / tg.create_task(coro) (TaskGroup: structured, safe)
        if attr in ("create_task", "ensure_future") and not resolved.startswith("asyncio."):
            if self._unknown_parameter(func.value, scope):
                return None  # def run(group): group.create_task(...) -- likely a TaskGroup
            spawn = Spawn(call, "coroutine", f"{dotted(func) or attr}", _first(call, "coro"), scope)
            if self._is_taskgroup(func.value, scope):
                spawn.spawner = "TaskGroup.create_task"
            return spawn
        # Ex) background_tasks.add_task(save_order, order) (FastAPI/Starlette/Litestar)
        #     / app.add_task(save(order)) (Sanic) / response.call_on_close(flush) (Flask)
        if attr == "add_task" and call.args:
            if self._is_background_tasks(func.value, scope):
                return Spawn(
                    call,
                    "callable",
                    "BackgroundTasks.add_task",
                    call.args[0],
                    scope,
                    tuple(call.args[1:]),
                )
            if isinstance(call.args[0], ast.Call):
                return Spawn(call, "coroutine", f"{dotted(func) or attr}", call.args[0], scope)
        # Ex) app.add_background_task(persist_note, note) / current_app.add_background_task(...)
        #     (Quart: runs after the response, outside the request)
        if attr == "add_background_task" and call.args:
            return Spawn(
                call,
                "callable",
                f"{dotted(func.value) or 'app'}.add_background_task",
                call.args[0],
                scope,
                tuple(call.args[1:]),
            )
        if attr == "call_on_close" and call.args:
            return Spawn(call, "callable", "call_on_close", call.args[0], scope)
        # Ex) nursery.start_soon(save_row, row) (trio/anyio: structured, safe)
        if attr == "start_soon" and call.args:
            return Spawn(
                call, "callable", "nursery.start_soon", call.args[0], scope, tuple(call.args[1:])
            )
        # Ex) IOLoop.current().spawn_callback(self.archive.write, entry) (Tornado: the callback
        #     runs on the next loop iteration and nothing ever sees its outcome)
        if attr in ("spawn_callback", "add_callback") and call.args and self._is_ioloop(func.value):
            return Spawn(
                call, "callable", f"IOLoop.{attr}", call.args[0], scope, tuple(call.args[1:])
            )
        # Ex) loop.call_soon(write_signup, email) / loop.call_later(5, flush, buf): the
        #     callback runs on a later loop iteration, outside the caller
        if attr in DEFERRED_CALLERS and attr != "add_done_callback" and self._is_loop(func.value):
            index = 0 if attr.startswith("call_soon") else 1
            if len(call.args) > index:
                return Spawn(
                    call,
                    "callable",
                    f"loop.{attr}",
                    call.args[index],
                    scope,
                    tuple(call.args[index + 1 :]),
                )
        # Ex) loop.run_in_executor(None, write_report, data)
        if attr == "run_in_executor" and len(call.args) >= 2:
            return Spawn(
                call, "callable", "loop.run_in_executor", call.args[1], scope, tuple(call.args[2:])
            )
        # Ex) executor.submit(write_rows, rows)
        if attr == "submit" and call.args and self._is_executor(func.value, scope):
            return Spawn(
                call, "callable", "executor.submit", call.args[0], scope, tuple(call.args[1:])
            )
        # Ex) threading.Thread(target=flush, args=(buf,)).start() / t = Thread(...); t.start()
        if attr == "start" and not call.args:
            thread = self._thread_constructor(func.value, scope)
            if thread is not None:
                target = _keyword(thread, "target")
                if target is None and len(thread.args) >= 2:
                    target = thread.args[1]
                thread_args = _keyword(thread, "args")
                args = tuple(thread_args.elts) if isinstance(thread_args, ast.Tuple) else ()
                spawner = (
                    "multiprocessing.Process"
                    if (self.model.resolve(thread.func) or "").startswith("multiprocessing")
                    else "threading.Thread"
                )
                return Spawn(call, "thread", spawner, target, scope, args)
        return None

    def _is_loop(self, receiver: ast.expr) -> bool:
        """``asyncio.get_running_loop()`` / ``loop`` / ``self._loop`` / ``app.loop``."""
        if isinstance(receiver, ast.Call):
            return (self.model.resolve(receiver.func) or "") in LOOP_GETTERS
        return "loop" in words_of(dotted(receiver).split(".")[-1])

    def _is_ioloop(self, receiver: ast.expr) -> bool:
        """``IOLoop.current()`` / ``self.io_loop`` / ``ioloop.IOLoop.instance()`` (Tornado)."""
        if isinstance(receiver, ast.Call):
            receiver = receiver.func
        name = self.model.resolve(receiver) or dotted(receiver)
        return "IOLoop" in name or name.split(".")[-1].lower().lstrip("_") in ("io_loop", "ioloop")

    def _is_taskgroup(self, receiver: ast.expr, scope: FunctionNode | None) -> bool:
        if isinstance(receiver, ast.Name | ast.Attribute):
            last = receiver.id if isinstance(receiver, ast.Name) else receiver.attr
            if last.lower().lstrip("_") in TASKGROUP_WORDS:
                return True
        for value in self.writes.bound_values(receiver, scope):
            target = value.func if isinstance(value, ast.Call) else value
            if isinstance(target, ast.Name | ast.Attribute):
                name = self.model.resolve(target) or dotted(target)
                if name in TASKGROUP_TYPES or name.endswith("TaskGroup"):
                    return True
        return False

    def _unknown_parameter(self, receiver: ast.expr, scope: FunctionNode | None) -> bool:
        """An unannotated parameter that does not say it is a loop."""
        if scope is None or not isinstance(receiver, ast.Name):
            return False
        if "loop" in words_of(receiver.id):
            return False
        for arg in scope.args.posonlyargs + scope.args.args + scope.args.kwonlyargs:
            if arg.arg == receiver.id:
                return arg.annotation is None
        return False

    def _is_background_tasks(self, receiver: ast.expr, scope: FunctionNode | None) -> bool:
        for value in self.writes.bound_values(receiver, scope):
            target = value.func if isinstance(value, ast.Call) else value
            if isinstance(target, ast.Name | ast.Attribute):
                name = self.model.resolve(target) or dotted(target)
                if name in BACKGROUND_TASK_TYPES or name.endswith("BackgroundTasks"):
                    return True
        words = self.writes.evidence(receiver, scope).words
        return "background" in words or words == {"tasks"} or words == {"bg"}

    def _is_executor(self, receiver: ast.expr, scope: FunctionNode | None) -> bool:
        words = self.writes.evidence(receiver, scope).words
        if "executor" in words:
            return True
        for value in self.writes.bound_values(receiver, scope):
            target = value.func if isinstance(value, ast.Call) else value
            if isinstance(target, ast.Name | ast.Attribute):
                name = self.model.resolve(target) or dotted(target)
                if name.endswith(("ThreadPoolExecutor", "ProcessPoolExecutor")):
                    return True
        return False

    def _thread_constructor(self, expr: ast.expr, scope: FunctionNode | None) -> ast.Call | None:
        candidates: list[ast.expr] = [expr]
        if isinstance(expr, ast.Name | ast.Attribute):
            candidates.extend(self.writes.bound_values(expr, scope))
        for value in candidates:
            if isinstance(value, ast.Call):
                name = self.model.resolve(value.func) or ""
                if name in THREAD_TYPES:
                    return value
        return None

    # -- judging fates --

    def _fate(self, spawn: Spawn) -> Fate:
        if spawn.spawner == "TaskGroup.create_task":
            return Fate("taskgroup", "TaskGroup: awaited when the group exits")
        if spawn.spawner in DEFERRING or spawn.spawner.endswith(
            (".add_task", ".add_background_task")
        ):
            return Fate("deferred", "runs after the response is sent")
        if spawn.spawner == "nursery.start_soon":
            return Fate("taskgroup", "nursery/task group: awaited when it exits")
        if spawn.kind == "thread":
            return self._thread_fate(spawn)
        # Ex) with ThreadPoolExecutor() as pool: pool.submit(write_rows, rows)
        block = self._executor_block(spawn) if spawn.spawner == "executor.submit" else None
        if block is not None:
            fate = self._handle_fate(spawn.call, spawn.scope)
            if fate.safe:
                return fate
            return Fate("awaited", "the executor's with-block waits for it", block)
        # Ex) for row in rows: pool.submit(write, row) ... pool.shutdown(wait=True)
        #     / self.pool.submit(...) with self.pool.shutdown() in the class's close()
        shutdown = self._shut_down_after(spawn) if spawn.spawner == "executor.submit" else None
        if shutdown is not None:
            fate = self._handle_fate(spawn.call, spawn.scope)
            if fate.safe:
                return fate
            if shutdown is spawn.scope:
                return Fate("awaited", "executor.shutdown(wait=True) waits for it")
            return Fate("kept", f"{shutdown.name}() shuts the executor down and waits for it")
        return self._handle_fate(spawn.call, spawn.scope)

    def _executor_block(self, spawn: Spawn) -> ast.With | ast.AsyncWith | None:
        """The ``with ThreadPoolExecutor() as pool:`` block around ``pool.submit(...)``."""
        receiver = spawn.call.func.value if isinstance(spawn.call.func, ast.Attribute) else None
        name = dotted(receiver) if receiver is not None else ""
        for ancestor in self.model.ancestors(spawn.call):
            if ancestor is spawn.scope:
                break
            if isinstance(ancestor, ast.With | ast.AsyncWith):
                for item in ancestor.items:
                    if item.optional_vars is not None and dotted(item.optional_vars) == name:
                        return ancestor
        return None

    def _shut_down_after(self, spawn: Spawn) -> FunctionNode | None:
        """The function that shuts the executor down and waits (the default): the spawn's own
        function after it, or, for ``self.<pool>``, another method of the class."""
        receiver = spawn.call.func.value if isinstance(spawn.call.func, ast.Attribute) else None
        name = dotted(receiver) if receiver is not None else ""
        if not name or spawn.scope is None:
            return None
        calls = list(self.writes.calls_of(spawn.scope))
        # Ex) self.pool.submit(...) in one method, self.pool.shutdown() in close()
        owner = self.model.parent(spawn.scope)
        shared = name.startswith("self.") and isinstance(owner, ast.ClassDef)
        if shared and isinstance(owner, ast.ClassDef):
            for method in owner.body:
                if isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef):
                    if method is not spawn.scope:
                        calls += self.writes.calls_of(method)
        for call in calls:
            func = call.func
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "shutdown"
                and dotted(func.value) == name
                and (
                    shared
                    or (call.lineno, call.col_offset) > (spawn.call.lineno, spawn.call.col_offset)
                )
                and not any(
                    k.arg == "wait" and isinstance(k.value, ast.Constant) and not k.value.value
                    for k in call.keywords
                )
                and not (
                    call.args and isinstance(call.args[0], ast.Constant) and not call.args[0].value
                )
            ):
                return self.model.enclosing_function(call)
        return None

    def _handle_fate(self, expr: ast.expr, scope: FunctionNode | None) -> Fate:
        model = self.model
        node: ast.AST = expr
        parent = model.parent(node)
        # climb through containers: [create_task(x) for x in xs], (t1, t2), *tasks
        # ... and through `t if cond else None` / `a or b`: the branch's fate is the whole's
        while (
            isinstance(parent, ast.List | ast.Tuple | ast.Set | ast.Starred | ast.comprehension)
            or (
                isinstance(parent, ast.ListComp | ast.SetComp | ast.GeneratorExp)
                and node is parent.elt
            )
            or (isinstance(parent, ast.IfExp) and node is not parent.test)
            or isinstance(parent, ast.BoolOp)
        ):
            node = parent
            parent = model.parent(node)
        # Ex) asyncio.create_task(repo.save(x))  -- a bare statement
        if isinstance(parent, ast.Expr):
            return Fate("dropped", "handle dropped")
        # Ex) await asyncio.create_task(...)
        if isinstance(parent, ast.Await):
            return Fate("awaited", "awaited", parent)
        # Ex) return asyncio.create_task(...) / yield task
        if isinstance(parent, ast.Return | ast.Yield | ast.YieldFrom):
            return Fate("returned", "returned to the caller", parent)
        # Ex) lambda: asyncio.create_task(...) passed to call_soon
        if isinstance(parent, ast.Lambda):
            holder = model.parent(parent)
            if isinstance(holder, ast.Call) and _attr(holder) in DEFERRED_CALLERS:
                return Fate("dropped", f"created in a {_attr(holder)} callback and dropped")
            return Fate("returned", "returned by a lambda", parent)
        # Ex) tasks.add(create_task(...)) / await asyncio.gather(create_task(a), ...)
        if isinstance(parent, ast.Call) and node is not parent.func:
            return self._passed_to(parent)
        if isinstance(parent, ast.keyword):
            holder = model.parent(parent)
            if isinstance(holder, ast.Call):
                return self._passed_to(holder)
        # Ex) self._task = asyncio.create_task(...) / tasks[key] = create_task(...)
        if isinstance(parent, ast.Assign | ast.AnnAssign | ast.NamedExpr):
            targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if len(names) < len(targets):
                stored = next(t for t in targets if not isinstance(t, ast.Name))
                return Fate("kept", f"stored in {dotted(stored) or 'a container'}", parent)
            return self._name_fate(names[0], parent, scope)
        if isinstance(parent, ast.Dict | ast.withitem | ast.IfExp):
            return Fate("kept", "stored", parent)
        # Ex) asyncio.create_task(save()).add_done_callback(_log) / ...threadsafe(...).result()
        if isinstance(parent, ast.Attribute) and parent.value is node:
            holder = model.parent(parent)
            if parent.attr in ("result", "exception", "join"):
                return Fate("awaited", f"{parent.attr}() waits for it", holder)
            if parent.attr == "add_done_callback" and isinstance(holder, ast.Call) and holder.args:
                if self._callback_logs(holder.args[0], scope):
                    return Fate("kept-logged", "done-callback logs the failure", holder)
                return Fate("dropped", "only given a done-callback that reports nothing")
            if parent.attr == "cancel":
                return Fate("dropped", "cancelled right away")
        return Fate("handed", "used in an expression", parent)

    def _passed_to(self, call: ast.Call) -> Fate:
        name = self.model.resolve(call.func) or ""
        if name in WAITERS:
            return Fate("gathered", f"passed to {name}", call)
        attr = _attr(call)
        # Ex) print(asyncio.create_task(...)) / logger.info("started %s", task)
        if name in INERT_BUILTINS or (attr in LOGGER_METHODS and _is_logger(call.func)):
            return Fate("dropped", f"only passed to {dotted(call.func) or name}()", call)
        if attr in ("add", "append", "appendleft", "setdefault", "extend", "put", "put_nowait"):
            assert isinstance(call.func, ast.Attribute)
            return Fate("kept", f"kept in {dotted(call.func.value) or 'a container'}", call)
        return Fate("handed", f"handed to {dotted(call.func) or 'a call'}", call)

    def _name_fate(self, name: str, binding: ast.AST, scope: FunctionNode | None) -> Fate:
        """``t = create_task(...)``: follow the later uses of ``t`` in the same function."""
        model = self.model
        if scope is None:  # a module or class attribute: a strong reference for good
            return Fate("kept", f"stored in the global {name}", binding)
        where = scope
        after = (getattr(binding, "lineno", 0), getattr(binding, "col_offset", 0))
        until = _rebinding(model, binding, name)
        uses = [
            n
            for n in self.uses.of(where, name)
            if ((n.lineno, n.col_offset) > after or _in_loop(model, binding, n))
            and (until is None or (n.lineno, n.col_offset) < until)
        ]
        best: Fate | None = None
        logged = False
        kept: Fate | None = None
        for use in uses:
            fate = self._use_fate(use, scope)
            if fate is None:
                continue
            if fate.kind == "kept-logged":
                logged = True
                continue
            if fate.kind == "kept":
                kept = fate
                continue
            if best is None or _rank(fate) > _rank(best):
                best = fate
        if best is not None and best.kind in ("awaited", "gathered"):
            return best
        if logged:
            return Fate("kept-logged", "done-callback retrieves and logs the failure")
        if kept is not None:
            return kept
        if best is not None:
            return best
        return Fate("unused", f"assigned to {name} and never used", binding)

    def _use_fate(self, use: ast.Name, scope: FunctionNode | None) -> Fate | None:
        model = self.model
        parent = model.parent(use)
        # Ex) t.add_done_callback(_log_failure) / t.cancel() / t.result()
        if isinstance(parent, ast.Attribute) and parent.value is use:
            method = parent.attr
            holder = model.parent(parent)
            if method == "add_done_callback" and isinstance(holder, ast.Call) and holder.args:
                if self._callback_logs(holder.args[0], scope):
                    return Fate("kept-logged", "done-callback logs the failure", holder)
                return Fate("kept", "has a done-callback", holder)
            if method in ("result", "exception", "join"):
                return Fate("awaited", f"{method}() retrieved", holder)
            if method in ("cancel", "done", "cancelled", "get_name", "set_name"):
                return None
            return Fate("handed", f"{use.id}.{method} used", parent)
        # the usual handle fates: awaited, gathered, kept, returned, handed
        return self._handle_fate(use, scope)

    def _callback_logs(self, callback: ast.expr, scope: FunctionNode | None) -> bool:
        """Does a done-callback retrieve the task's exception or log it?"""
        body: list[ast.AST] = []
        if isinstance(callback, ast.Lambda):
            body = [callback.body]
        elif isinstance(callback, ast.Call):  # functools.partial(_log, name=...)
            if callback.args:
                return self._callback_logs(callback.args[0], scope)
            return False
        elif isinstance(callback, ast.Name | ast.Attribute):
            target = self.writes.lookup(callback, scope)
            if target is not None:
                body = [target]
            elif isinstance(callback, ast.Attribute):
                return callback.attr.lstrip("_").startswith(("log", "report", "handle"))
            else:
                return callback.id.lstrip("_").startswith(("log", "report", "handle"))
        for node in body:
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute):
                    if inner.func.attr in RETRIEVERS or inner.func.attr in LOG_METHODS:
                        return True
        return False

    def _thread_fate(self, spawn: Spawn) -> Fate:
        call = spawn.call
        receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
        # Ex) Thread(target=f).start()
        if isinstance(receiver, ast.Call):
            return Fate("dropped", "thread started and never joined")
        # Ex) t = Thread(target=f); t.start(); t.join()
        if isinstance(receiver, ast.Name):
            where = spawn.scope if spawn.scope is not None else self.model.tree
            for use in self.uses.of(where, receiver.id):
                parent = self.model.parent(use)
                if isinstance(parent, ast.Attribute) and parent.attr == "join":
                    return Fate("awaited", "joined", parent)
                if isinstance(parent, ast.Attribute):
                    continue
                fate = self._handle_fate(use, spawn.scope)
                if fate.kind in ("kept", "returned", "handed", "gathered"):
                    return fate
            return Fate("never-joined", f"thread {receiver.id} is never joined")
        return Fate("kept", f"thread stored in {dotted(receiver) if receiver else '?'}")


def _rank(fate: Fate) -> int:
    return {"awaited": 5, "gathered": 5, "returned": 4, "taskgroup": 4, "handed": 2}.get(
        fate.kind, 1
    )


def _rebinding(model: SemanticModel, binding: ast.AST, name: str) -> tuple[int, int] | None:
    """Where a later statement of the same block assigns ``name`` again (``t = ...; t = ...``)."""
    parent = model.parent(binding)
    if isinstance(binding, ast.NamedExpr) or parent is None:
        return None
    for block_name in ("body", "orelse", "finalbody"):
        block = getattr(parent, block_name, None)
        if isinstance(block, list) and binding in block:
            for statement in block[block.index(binding) + 1 :]:
                if isinstance(statement, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == name for t in statement.targets
                ):
                    return (statement.lineno, statement.col_offset)
            return None
    return None


def _in_loop(model: SemanticModel, binding: ast.AST, use: ast.AST) -> bool:
    """A use before the binding still counts when both sit in the same loop body."""
    for ancestor in model.ancestors(binding):
        if isinstance(ancestor, ast.For | ast.AsyncFor | ast.While):
            return any(a is ancestor for a in model.ancestors(use))
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef):
            return False
    return False


def _is_logger(func: ast.expr) -> bool:
    owner = dotted(func.value) if isinstance(func, ast.Attribute) else ""
    last = owner.split(".")[-1].lower().lstrip("_")
    return last in ("log", "logger", "logging", "logs") or last.endswith("logger")


def _first(call: ast.Call, keyword: str) -> ast.expr | None:
    if call.args:
        return call.args[0]
    return _keyword(call, keyword)


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    return None


def _attr(call: ast.Call) -> str:
    return call.func.attr if isinstance(call.func, ast.Attribute) else ""


def spawns(ctx: PythonContext) -> list[Spawn]:
    """Every spawn in the file with its fate, computed once and shared by the detectors."""
    found = ctx.__dict__.get("_spawns")
    if found is None:
        found = _Finder(ctx).find()
        ctx.__dict__["_spawns"] = found
    return found
