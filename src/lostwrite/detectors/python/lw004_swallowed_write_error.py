"""LW004 swallowed-write-error (Python).

## What it does
Checks for an ``except`` clause around a write (an ORM flush or commit, a SQL statement, a
document/key-value store mutation, a repository ``save``, a local helper that writes) whose
handler only logs or ignores the failure and then lets the code go on: it ``pass``es, returns
``None`` or a default, ``continue``s with the next item, or falls out of a retry loop without
raising. ``contextlib.suppress(Exception)`` around a write is the same thing, and so is
``asyncio.gather(*writes, return_exceptions=True)`` whose results nobody reads.

Not flagged: a handler that re-raises or raises another error; one that returns a failure
value (``False``, an error response with a 4xx/5xx status, an ``{"error": ...}`` payload) that
the callers in the module check; one that records the failure (a flag read later, a
dead-letter/retry queue, a fallback write; a failure attribute such as ``self.failed`` only
when something in the module reads it); retries that end in a raise; an ``except`` that
only catches "already stored" errors (``IntegrityError``, ``DuplicateKeyError``); best-effort
cache writes; and ``except`` around code that does not write.

## Why is this bad?
The caller cannot tell that nothing was stored. It answers the client, acknowledges the
message or moves its cursor on as if the data persisted, and the data is gone. A log line at
WARNING or ERROR is easy to miss and does not bring the write back.

## Example
```python
try:
    await repo.save(data)
except Exception as e:
    logger.error("save failed: %s", e)
    return None
```

Use instead:
```python
try:
    await repo.save(data)
except Exception:
    logger.exception("save failed")
    raise
```
"""

from __future__ import annotations

import ast
import re

from lostwrite.detectors.python.context import PythonContext
from lostwrite.detectors.python.flow import (
    ALREADY_STORED,
    CONTROL_FLOW,
    FOREIGN_KEY_VIOLATIONS,
    LOOPS,
    NOT_WRITE_FAILURES,
    SCOPES,
    CallSites,
    catches_write_failure,
    exception_names,
    exit_of,
    first_write,
    is_log_call,
    own_nodes,
)
from lostwrite.detectors.python.semantic import FunctionNode, SemanticModel, call_name, dotted
from lostwrite.detectors.python.writes import Write, WriteIndex, write_index

CODE = "LW004"
TRIGGERS = (b"except", b"suppress", b"return_exceptions")

EXCEPT_CLAUSE = re.compile(rb"^[ \t]*except\b\*?([^:\n]*)", re.MULTILINE)
EXCEPTION_NAME = re.compile(rb"[A-Za-z_][\w.]*")
ALIAS = re.compile(rb"\bas\s+\w+\s*$")
NOT_A_WRITE_FAILURE = frozenset(name.encode() for name in NOT_WRITE_FAILURES | ALREADY_STORED)


def prefilter(data: bytes) -> bool:
    """Sharper than the triggers (``except`` is in most files): a ``suppress``, a
    ``gather(return_exceptions=True)``, or an ``except`` clause that catches something a failed
    write can raise (bare, ``Exception``, ``OSError``, a driver's error; anything but the
    lookup/parse/control-flow errors)."""
    if b"suppress" in data or b"return_exceptions" in data:
        return True
    for clause in EXCEPT_CLAUSE.finditer(data):
        caught = ALIAS.sub(b"", clause.group(1).strip())
        if caught.count(b"(") != caught.count(b")"):
            return True  # a tuple continued on the next line: do not guess
        names = [name.rsplit(b".", 1)[-1] for name in EXCEPTION_NAME.findall(caught)]
        if not names or any(
            name not in NOT_A_WRITE_FAILURE and not CONTROL_FLOW.search(name.decode())
            for name in names
        ):
            return True
    return False


RETRY_CALL = re.compile(
    r"retry|requeue|nack|reject|dead_?letter|dlq|outbox|fallback|reschedule|redeliver|spool|"
    r"enqueue|park",
    re.IGNORECASE,
)
FAILURE_WORDS = re.compile(
    r"(?:^|_)(?:fail|failed|failure|failures|error|errors|err|retry|retries|pending|unsaved|"
    r"dead|backlog|rejected|ok|success|succeeded|saved|persisted|stored|status|healthy|dirty)"
    r"(?:$|_)",
    re.IGNORECASE,
)
FAILURE_CALLEE = re.compile(
    r"error|fail|^err$|^Err$|abort|problem|HTTPException|BadRequest|ServerError|Unavailable|"
    r"not_?ok",
    re.IGNORECASE,
)
FAILURE_NAME = re.compile(r"fail|error|(?:^|_)err(?:$|_)", re.IGNORECASE)
FAILURE_STATUS = re.compile(r"HTTP_[45]\d\d|INTERNAL_SERVER_ERROR|SERVICE_UNAVAILABLE|BAD_")
LOG_PATH = re.compile(r"(?:^|[^a-z])log(?:file|fp|path|_?file|s)?(?:$|[^a-z])|\.log\b")
RECORD_LOG = re.compile(r"audit|ledger|journal|transaction|event|order|payment")  # data
MAIN_LIKE = re.compile(r"(?:^|_)(?:main|cli|run|command|cmd)(?:$|_)", re.IGNORECASE)
REQUEUE_METHODS = frozenset(
    {"append", "appendleft", "add", "put", "put_nowait", "extend", "send", "publish", "enqueue"}
)
TEST_MODULE = re.compile(r"(?:^|[/\\])(?:test_\w*|\w*_test|conftest)\.py$")
RESTORE_METHODS = frozenset({"update", "extendleft", "insert", "setdefault"})
RAISING_CALLS = frozenset({"abort", "fail", "skipTest", "skip", "xfail", "throw"})
FAILURE_KEYS = frozenset({"error", "errors", "err", "failure", "failed", "exception"})
SUCCESS_KEYS = frozenset({"ok", "success", "saved", "persisted", "stored"})

MESSAGE = (
    "{write} can fail, and this handler {does}: the caller goes on as if the data persisted "
    "and it is lost. {fix}"
)
FIX_RAISE = "Re-raise after logging (add `raise`), or return a failure the caller checks"
FIX_LOOP = "Re-raise, or collect the failed items and retry or report them instead of moving on"
FIX_RETRY = "Raise once the retries are exhausted (`raise` after the loop or in its `else:`)"
GATHER_MESSAGE = (
    "{write} runs under asyncio.gather(..., return_exceptions=True) and the results are never"
    " read: a failed write comes back as an exception object that nobody looks at, and the code"
    " goes on as if the data persisted. Check the results (raise or retry the failures), or"
    " drop return_exceptions=True so the first failure propagates"
)
SUPPRESS_MESSAGE = (
    "{manager} swallows every failure of {write}: the code after the block goes on as if the "
    "data persisted and it is lost. Let the error propagate, or catch it, log it and re-raise"
)


def check(ctx: PythonContext) -> None:
    model = ctx.model
    index = write_index(ctx)
    callers: CallSites | None = None
    # Ex) test_posix.py / conftest.py: a write error caught in test code is test plumbing
    test_module = bool(TEST_MODULE.search(ctx.path))
    tries: list[ast.Try | ast.TryStar] = [*model.of_type(ast.Try), *model.of_type(ast.TryStar)]
    for try_node in tries:
        handlers = [h for h in try_node.handlers if catches_write_failure(exception_names(h))]
        if not handlers or test_module or _in_test(try_node, model):
            continue
        write = first_write(index, try_node.body, deletes=False) or _decorated_write(
            try_node, model, index
        )
        if write is None:
            continue
        # Ex) try: cache.set(key, value) / except RedisError: log.warning(...)   (best effort)
        best_effort = _best_effort(write, model, try_node.body)
        if best_effort is not None:
            ctx.accept(CODE, write.call, best_effort, call=write.label)
            continue
        for handler in handlers:
            # Ex) except ForeignKeyViolation: log.warning("parent gone, skipping")  -- the
            #     documented LW006 fix: the expected orphan is dropped on purpose
            names = exception_names(handler)
            if set(names) & FOREIGN_KEY_VIOLATIONS and set(names) <= (
                FOREIGN_KEY_VIOLATIONS | ALREADY_STORED
            ):
                ctx.accept(
                    CODE, handler, "expected foreign-key violation skipped", call=write.label
                )
                continue
            verdict = _judge(handler, try_node, model, index)
            if verdict is None:
                continue
            flagged, text, fix = verdict
            # Ex) except Exception: return False   -- flagged only if a caller ignores it
            if flagged and text.startswith("returns a failure value"):
                if callers is None:
                    callers = CallSites.build(model)
                ignored = _ignored_by_caller(handler, model, callers)
                if ignored is None:
                    ctx.accept(CODE, handler, "failure returned to the caller", call=write.label)
                    continue
                text = f"{text}, but the call on line {ignored.lineno} ignores it"
            if not flagged:
                ctx.accept(CODE, handler, text, call=write.label)
                continue
            ctx.report(
                CODE,
                handler,
                MESSAGE.format(write=write.describe(), does=text, fix=fix),
                fix_available=_only_logs(handler, model),
                call=write.label,
            )
    # Ex) await asyncio.gather(*(repo.save(x) for x in xs), return_exceptions=True)
    if "return_exceptions" in ctx.source:
        for call in model.of_type(ast.Call):
            _check_gathered(ctx, index, call)
    # Ex) with contextlib.suppress(Exception): await repo.save(row)
    for kind in (ast.With, ast.AsyncWith):
        for with_node in model.of_type(kind):
            for item in with_node.items:
                _check_suppress(ctx, index, with_node, item.context_expr)


def _judge(
    handler: ast.ExceptHandler,
    try_node: ast.Try | ast.TryStar,
    model: SemanticModel,
    index: WriteIndex,
) -> tuple[bool, str, str] | None:
    """(flagged, what the handler does / why it is fine, fix) or None when not LW004's case."""
    nodes = list(own_nodes(handler.body))
    logged = any(isinstance(n, ast.Call) and is_log_call(n, model) for n in nodes)
    for node in nodes:
        # Ex) except Exception: os._exit(1) / _die("db down")   -- a crash, LW007's business
        if exit_of(node, model) is not None or (
            isinstance(node, ast.Call) and _exits_process(index.callee(node), model)
        ):
            return None
    # Ex) except Exception: logger.exception(...); raise
    for node in nodes:
        if isinstance(node, ast.Raise):
            if node.exc is None:
                return False, "error re-raised", ""
            return False, "another error raised", ""
    # Ex) except OSError: self.cant_write_to_target() / abort(500) / self.fail(...)
    for node in nodes:
        if isinstance(node, ast.Call) and (
            call_name(node) in RAISING_CALLS or _always_raises(index.callee(node))
        ):
            return False, "another error raised", ""
    # Ex) try: con.execute(dup) / except DatabaseError: pass / else: self.fail(...)  (expected)
    if any(isinstance(n, ast.Raise) for n in own_nodes(try_node.orelse)) or any(
        isinstance(n, ast.Call) and call_name(n) in RAISING_CALLS
        for n in own_nodes(try_node.orelse)
    ):
        return None
    # Ex) except DatabaseError: messages.error(request, "not saved") / flash("not saved")
    for node in nodes:
        if isinstance(node, ast.Call) and _tells_the_user(node):
            return False, "failure reported to the user", ""
    # Ex) except Exception: await dead_letters.put(item) / msg.nack(requeue=True)
    written = {
        n.id
        for call in own_nodes(try_node.body)
        if isinstance(call, ast.Call)
        for arg in call.args
        for n in ast.walk(arg)
        if isinstance(n, ast.Name)
    }
    for node in nodes:
        if isinstance(node, ast.Call) and _records_failure(node, model, index, written):
            return False, "failure handed to a retry/fallback", ""
    # Ex) while True: try: await self._flush() / except DBError: log(...)   where _flush puts
    #     its batch back (self._pending.update(batch)) and re-raises: the next round retries it
    if _enclosing_loop(try_node, model) is not None and _callee_keeps_data(try_node, index):
        return False, "the write keeps its data for the next attempt", ""
    # Ex) except Exception: saved = False   ... if not saved: ...
    if _sets_failure_flag(handler, nodes, model, index):
        return False, "failure recorded in a flag", ""
    # Ex) try: save(x); saved = True / except Exception: log(...)   ... if not saved: raise
    if _sets_failure_flag(handler, list(own_nodes(try_node.body)), model, index, names_only=True):
        return False, "success flag checked afterwards", ""
    returns = [n for n in nodes if isinstance(n, ast.Return)]
    verb = "logs it and " if logged else "ignores it and "
    if returns:
        exit_codes = _returns_exit_codes(model.enclosing_function(handler), model)
        defaults = [
            r
            for r in returns
            if not (
                _failure_value(r.value)
                or _carries(r.value, handler.name)
                or (exit_codes and _nonzero(r.value))
            )
        ]
        if not defaults:
            return True, "returns a failure value", FIX_RAISE
        # Ex) except DBError: log(...); return None   -- and every caller: if x is None: ...
        function = model.enclosing_function(handler)
        if all(_is_none(r.value) for r in defaults) and _none_checked_by_callers(function, model):
            return False, "None returned and checked by every caller", ""
        value = defaults[0].value
        shown = "None" if value is None else ast.unparse(value)
        if len(shown) > 40:
            shown = shown[:37] + "..."
        return True, f"{verb}returns {shown}", FIX_RAISE
    loop = _enclosing_loop(try_node, model)
    if loop is not None and _exits_on_success(try_node):
        # Ex) for attempt in range(3): try: save(); break / except: log; sleep   (retry loop)
        if _infinite(loop):
            return False, "retried until it succeeds", ""
        if _raises_after(loop, model):
            return False, "retries end in a raise", ""
        # Ex) for attempt in range(5): ... / logger.error("giving up"); sys.exit(1)
        if _exits_after(loop, model, index):
            return False, "retries end in exiting the process", ""
        if _fails_after(loop, model):
            return True, "returns a failure value once the retries run out", FIX_RETRY
        return True, f"{verb}gives up silently once the retries run out", FIX_RETRY
    if loop is not None:
        return True, f"{verb}moves on to the next item", FIX_LOOP
    if not logged:
        return True, "ignores it (`pass`)" if _only_pass(handler) else "ignores it", FIX_RAISE
    return True, "only logs it", FIX_RAISE


def _callee_keeps_data(try_node: ast.Try | ast.TryStar, index: WriteIndex) -> bool:
    """A local function called in the ``try`` catches its own write's failure, puts the data
    back into state that outlives the call (``self._counts.update(batch)``,
    ``self.queue.extend(rows)``) and re-raises."""
    for call in own_nodes(try_node.body):
        callee = index.callee(call) if isinstance(call, ast.Call) else None
        if callee is None:
            continue
        for inner in own_nodes(callee.body):
            if not isinstance(inner, ast.Try | ast.TryStar):
                continue
            for handler in inner.handlers:
                body = list(own_nodes(handler.body))
                reraises = any(isinstance(n, ast.Raise) and n.exc is None for n in body)
                restores = any(_restores_into_self(n) for n in body)
                if reraises and restores:
                    return True
    return False


def _restores_into_self(node: ast.AST) -> bool:
    """``self._pending.update(batch)`` / ``self.queue.extend(rows)`` /
    ``self._pending[key] = ...``: data put back into the object's state."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in REQUEUE_METHODS | RESTORE_METHODS
    ):
        return dotted(node.func.value).startswith("self.")
    if isinstance(node, ast.Assign | ast.AugAssign):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        return any(
            isinstance(t, ast.Subscript) and dotted(t.value).startswith("self.") for t in targets
        )
    return False


def _decorated_write(
    try_node: ast.Try | ast.TryStar, model: SemanticModel, index: WriteIndex
) -> Write | None:
    """``def best_effort(fn): ... try: return await fn(*args) except: ...`` -- the write of a
    function of this module decorated with it (``@best_effort async def post_entry(...)``)."""
    wrapper = model.enclosing_function(try_node)
    if wrapper is None:
        return None
    called = {
        n.func.id: n
        for n in own_nodes(try_node.body)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
    }
    for decorator in model.ancestors(wrapper):
        if not isinstance(decorator, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        params = {a.arg for a in (*decorator.args.posonlyargs, *decorator.args.args)}
        wrapped = next((called[name] for name in called if name in params), None)
        if wrapped is None:
            continue
        for kind in (ast.FunctionDef, ast.AsyncFunctionDef):
            for function in model.of_type(kind):
                if any(_names(d, decorator.name) for d in function.decorator_list):
                    found = index.function(function)
                    if found is not None:
                        via = (function.name, *found.via)
                        return Write(wrapped, found.kind, found.label, via)
    return None


def _names(decorator: ast.expr, name: str) -> bool:
    """``@name`` / ``@module.name`` / ``@name(...)``."""
    if isinstance(decorator, ast.Call):
        decorator = decorator.func
    return dotted(decorator).split(".")[-1] == name


def _is_none(value: ast.expr | None) -> bool:
    return value is None or (isinstance(value, ast.Constant) and value.value is None)


def _none_checked_by_callers(function: FunctionNode | None, model: SemanticModel) -> bool:
    """``function`` returns a real value on success, and each call to it in this module binds
    the result and tests it (``if saved is None`` / ``if not saved``) or tests it directly."""
    if function is None or not any(
        isinstance(n, ast.Return) and not _is_none(n.value) for n in own_nodes(function.body)
    ):
        return False
    calls = [
        c
        for c in model.of_type(ast.Call)
        if call_name(c) == function.name and model.enclosing_function(c) is not function
    ]
    return bool(calls) and all(_result_tested(call, model) for call in calls)


def _result_tested(call: ast.Call, model: SemanticModel) -> bool:
    node: ast.AST = call
    parent = model.parent(node)
    if isinstance(parent, ast.Await):
        node, parent = parent, model.parent(parent)
    # Ex) if not save(x): ... / if await save(x) is None: ...
    if isinstance(parent, ast.If | ast.While | ast.UnaryOp | ast.Compare | ast.BoolOp):
        return True
    if not (
        isinstance(parent, ast.Assign | ast.NamedExpr)
        and len(targets := getattr(parent, "targets", [getattr(parent, "target", None)])) == 1
        and isinstance(targets[0], ast.Name)
    ):
        return False
    name = targets[0].id
    scope = model.enclosing_function(call)
    statements = scope.body if scope is not None else model.tree.body
    for statement in own_nodes(statements):
        if isinstance(statement, ast.If | ast.While | ast.Assert) and any(
            isinstance(n, ast.Name) and n.id == name for n in ast.walk(statement.test)
        ):
            return True
    return False


def _in_test(node: ast.AST, model: SemanticModel) -> bool:
    """Inside a test function: catching a write error there is the behaviour under test."""
    function = model.enclosing_function(node)
    return function is not None and function.name.startswith("test")


def _tells_the_user(call: ast.Call) -> bool:
    """Flask ``flash()``, Django ``messages.error()``, admin ``message_user()``, a GUI error
    dialog (``messagebox.showerror()``, ``QMessageBox.critical()``)."""
    name = call_name(call)
    if name in ("flash", "message_user", "showerror", "showwarning"):
        return True
    if name in ("critical", "warning") and "MessageBox" in dotted(call.func):
        return True
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and name in ("error", "warning")
        and dotted(func.value).rsplit(".", 1)[-1] == "messages"
    )


def _always_raises(function: FunctionNode | None) -> bool:
    """A local function whose body ends in an unconditional ``raise``."""
    return function is not None and bool(function.body) and isinstance(function.body[-1], ast.Raise)


def _best_effort(write: Write, model: SemanticModel, body: list[ast.stmt]) -> str | None:
    """Why losing this write is harmless by design, or None: a diagnostic log file, or a
    cache (by the receiver, the function or the class name; for a file, by the names and
    paths in the ``try`` body: ``cache_dir``, ``os.replace(tmp, cache_p)``)."""
    if write.kind == "file" and _opens_log_file(write):
        return "best-effort diagnostic log"  # open(logfile, "a")
    return "best-effort cache write" if _cached(write, model, body) else None


def _cached(write: Write, model: SemanticModel, body: list[ast.stmt]) -> bool:
    names = [dotted(write.call.func)]
    for ancestor in model.ancestors(write.call):
        if isinstance(ancestor, SCOPES) and not isinstance(ancestor, ast.Lambda):
            names.append(ancestor.name)
    if write.kind == "file":
        for node in own_nodes(body):
            if isinstance(node, ast.Name):
                names.append(node.id)
            elif isinstance(node, ast.Attribute):
                names.append(node.attr)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                names.append(node.value)
    return "cache" in " ".join(names).lower()


def _opens_log_file(write: Write) -> bool:
    """``open(logfile, "a")`` / ``open("debug.log", "a")``: appending to a log."""
    call = write.call
    if call_name(call) != "open" or not call.args:
        return False
    mode = call.args[1] if len(call.args) > 1 else None
    for keyword in call.keywords:
        if keyword.arg == "mode":
            mode = keyword.value
    if not (isinstance(mode, ast.Constant) and isinstance(mode.value, str) and "a" in mode.value):
        return False
    path = " ".join(
        n.id if isinstance(n, ast.Name) else n.attr if isinstance(n, ast.Attribute) else n.value
        for n in ast.walk(call.args[0])
        if isinstance(n, ast.Name | ast.Attribute)
        or (isinstance(n, ast.Constant) and isinstance(n.value, str))
    )
    path = path.lower()
    return bool(LOG_PATH.search(path)) and not RECORD_LOG.search(path)


def _records_failure(
    call: ast.Call, model: SemanticModel, index: WriteIndex, written: set[str]
) -> bool:
    """A call that keeps the failed data or the failure for later: a retry or dead-letter
    queue, a fallback write, or the failed item put back on a queue."""
    if is_log_call(call, model):
        return False
    if RETRY_CALL.search(dotted(call.func) or call_name(call)):
        return True  # msg.nack() / self.dlq.send(msg) / schedule_retry(item)
    if isinstance(call.func, ast.Attribute) and call_name(call) in REQUEUE_METHODS:
        receiver = dotted(call.func.value).rsplit(".", 1)[-1]
        if FAILURE_WORDS.search(receiver):
            return True  # failed.append(item.id)
        if any(isinstance(a, ast.Name) and a.id in written for a in call.args):
            return True  # queue.put_nowait(item): the failed item goes back
    return index.deep(call) is not None


def _sets_failure_flag(
    handler: ast.ExceptHandler,
    nodes: list[ast.AST],
    model: SemanticModel,
    index: WriteIndex,
    *,
    names_only: bool = False,
) -> bool:
    """``nodes`` assign a failure/success flag or status that the function reads after the
    handler (``names_only``: local names only, as for a flag set in the ``try`` body)."""
    function = model.enclosing_function(handler)
    for node in nodes:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if names_only and not isinstance(target, ast.Name):
                continue
            # Ex) self.failed = True  ... (read by health() or the caller); a counter that
            #     nothing in the module reads (self.errors += 1 only) records nothing
            if isinstance(target, ast.Attribute) and FAILURE_WORDS.search(target.attr):
                if target.attr in index.loaded_attributes():
                    return True
            if isinstance(target, ast.Subscript):
                key = target.slice
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    if FAILURE_WORDS.search(key.value):
                        return True
            if isinstance(target, ast.Name) and FAILURE_WORDS.search(target.id):
                # a success flag set in the try body must be tested afterwards, not merely
                # reported (return {"stored": stored} after skipping failures is still silent)
                if function is None or _read_after(
                    function, target.id, handler, model, tested=names_only
                ):
                    return True
    return False


def _read_after(
    function: FunctionNode,
    name: str,
    handler: ast.ExceptHandler,
    model: SemanticModel,
    *,
    tested: bool = False,
) -> bool:
    """``name`` is read after the handler (``tested``: in a condition, or returned alone)."""
    end = getattr(handler, "end_lineno", handler.lineno)
    for node in own_nodes(function.body):
        if (
            isinstance(node, ast.Name)
            and node.id == name
            and isinstance(node.ctx, ast.Load)
            and node.lineno > end
            and (not tested or _in_condition(node, model))
        ):
            return True
    return False


def _in_condition(node: ast.AST, model: SemanticModel) -> bool:
    """``if not saved`` / ``while stored < n`` / ``assert ok`` / ``return saved``."""
    child = node
    for ancestor in model.ancestors(node):
        if isinstance(ancestor, ast.If | ast.While | ast.IfExp | ast.Assert):
            return child is ancestor.test
        if isinstance(ancestor, ast.Return):
            return ancestor.value is node
        if isinstance(ancestor, ast.stmt):
            return False
        child = ancestor
    return False


def _failure_value(value: ast.expr | None) -> bool:
    """``False``, an error payload/response, a 4xx/5xx status: a failure the caller can see."""
    if value is None:
        return False
    if isinstance(value, ast.Await):
        value = value.value
    if isinstance(value, ast.Constant):
        return value.value is False or (
            isinstance(value.value, str) and bool(re.search(r"error|fail", value.value, re.I))
        )
    if isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.USub):
        return True  # return -1
    if isinstance(value, ast.Tuple):
        return any(_failure_value(e) or _status_code(e) for e in value.elts)
    if isinstance(value, ast.Dict):
        for key, item in zip(value.keys, value.values, strict=True):
            if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
                continue
            word = key.value.lower()
            if word in FAILURE_KEYS:
                return True
            if word in SUCCESS_KEYS and isinstance(item, ast.Constant) and item.value is False:
                return True
            if word in ("status", "state", "result", "message", "detail", "msg") and (
                _failure_value(item)
            ):
                return True  # {"status": "error"} / {"message": "Internal error"}
        return False
    if isinstance(value, ast.Call):
        if FAILURE_CALLEE.search(dotted(value.func)):
            return True
        arguments = [*value.args, *(k.value for k in value.keywords)]
        if any(_status_code(a) for a in value.args if isinstance(a, ast.Constant)):
            return True  # make_response(body, 500)
        if any(
            k.arg in ("status", "status_code", "code") and _status_code(k.value)
            for k in value.keywords
        ):
            return True
        return any(_failure_value(a) for a in arguments if isinstance(a, ast.Dict))
    if isinstance(value, ast.Name | ast.Attribute):
        return bool(FAILURE_NAME.search(dotted(value).rsplit(".", 1)[-1]))
    return False


def _carries(value: ast.expr | None, exception: str | None) -> bool:
    """The returned value carries the caught exception or a nested failure object:
    ``Result(error=exc)``, ``ExecutionResult(..., TransformFailure(...))``."""
    if value is None:
        return False
    for node in ast.walk(value):
        if isinstance(node, ast.Name) and exception is not None and node.id == exception:
            return True
        if isinstance(node, ast.keyword) and node.arg in FAILURE_KEYS:
            return True
        if node is not value and isinstance(node, ast.Call) and _failure_value(node):
            return True
    return False


def _returns_exit_codes(function: FunctionNode | None, model: SemanticModel) -> bool:
    """``main()``-like functions, and functions whose result becomes the process status
    (``sys.exit(asyncio.run(ingest(...)))``, ``raise SystemExit(run())``), return an exit
    status: non-zero is a failure."""
    if function is None:
        return False
    if MAIN_LIKE.search(function.name):
        return True
    return any(
        call_name(call) in ("exit", "_exit", "SystemExit")
        and any(
            isinstance(inner, ast.Call) and call_name(inner) == function.name
            for arg in call.args
            for inner in ast.walk(arg)
        )
        for call in model.of_type(ast.Call)
    )


def _nonzero(value: ast.expr | None) -> bool:
    return (
        isinstance(value, ast.Constant)
        and isinstance(value.value, int)
        and not isinstance(value.value, bool)
        and value.value != 0
    )


def _status_code(expr: ast.expr) -> bool:
    if isinstance(expr, ast.Constant) and isinstance(expr.value, int):
        return 400 <= expr.value <= 599
    return bool(FAILURE_STATUS.search(dotted(expr)))


def _ignored_by_caller(
    handler: ast.ExceptHandler, model: SemanticModel, callers: CallSites
) -> ast.Call | None:
    """A call in this module that drops the result of the handler's function."""
    function = model.enclosing_function(handler)
    if function is None:
        return None
    for call in callers.discarded.get(function.name, []):
        if model.enclosing_function(call) is not function:
            return call
    return None


def _enclosing_loop(
    node: ast.AST, model: SemanticModel
) -> ast.For | ast.AsyncFor | ast.While | None:
    for ancestor in model.ancestors(node):
        if isinstance(ancestor, SCOPES):
            return None
        if isinstance(ancestor, LOOPS):
            return ancestor
    return None


def _exits_on_success(try_node: ast.Try | ast.TryStar) -> bool:
    """The try body (or its ``else``) leaves the loop once the write worked: a retry loop."""
    return any(
        isinstance(n, ast.Break | ast.Return) for n in own_nodes([*try_node.body, *try_node.orelse])
    )


def _infinite(loop: ast.For | ast.AsyncFor | ast.While) -> bool:
    return (
        isinstance(loop, ast.While)
        and isinstance(loop.test, ast.Constant)
        and bool(loop.test.value)
    )


def _after_loop(loop: ast.For | ast.AsyncFor | ast.While, model: SemanticModel) -> list[ast.stmt]:
    """The loop's ``else:`` and the statements that follow the loop in its block."""
    following: list[ast.stmt] = list(loop.orelse)
    parent = model.parent(loop)
    for field in ("body", "orelse", "finalbody"):
        block = getattr(parent, field, None)
        if isinstance(block, list) and loop in block:
            following += block[block.index(loop) + 1 :]
    return following


def _raises_after(loop: ast.For | ast.AsyncFor | ast.While, model: SemanticModel) -> bool:
    """A ``raise`` in the loop's ``else:`` or in the statements that follow the loop."""
    return any(
        isinstance(n, ast.Raise) and exit_of(n, model) is None
        for n in own_nodes(_after_loop(loop, model))
    )


def _exits_after(
    loop: ast.For | ast.AsyncFor | ast.While, model: SemanticModel, index: WriteIndex
) -> bool:
    """The process exits after the retries: ``sys.exit(1)`` or a local ``die()`` helper."""
    for node in own_nodes(_after_loop(loop, model)):
        if exit_of(node, model) is not None:
            return True
        if isinstance(node, ast.Call) and _exits_process(index.callee(node), model):
            return True
    return False


def _exits_process(function: FunctionNode | None, model: SemanticModel) -> bool:
    """A local helper whose body (not a nested branch) ends the process: ``def _die(): ...
    os._exit(1)``."""
    if function is None:
        return False
    for statement in function.body:
        target = statement.value if isinstance(statement, ast.Expr) else statement
        if exit_of(target, model) is not None:
            return True
    return False


def _fails_after(loop: ast.For | ast.AsyncFor | ast.While, model: SemanticModel) -> bool:
    """``return False`` (or another failure value) right after the retries."""
    return any(
        isinstance(n, ast.Return) and _failure_value(n.value)
        for n in own_nodes(_after_loop(loop, model))
    )


def _only_pass(handler: ast.ExceptHandler) -> bool:
    return all(isinstance(s, ast.Pass) for s in handler.body)


def _only_logs(handler: ast.ExceptHandler, model: SemanticModel) -> bool:
    """The handler body is nothing but logging calls (``--fix`` appends a bare ``raise``)."""
    return all(
        isinstance(s, ast.Expr) and isinstance(s.value, ast.Call) and is_log_call(s.value, model)
        for s in handler.body
    )


def _check_suppress(
    ctx: PythonContext, index: WriteIndex, with_node: ast.With | ast.AsyncWith, manager: ast.expr
) -> None:
    if not isinstance(manager, ast.Call):
        return
    if ctx.model.resolve(manager.func) != "contextlib.suppress":
        return
    names = [dotted(a).rsplit(".", 1)[-1] or "?" for a in manager.args]
    if not catches_write_failure(names):
        return
    write = first_write(index, with_node.body, deletes=False)
    if write is None:
        return
    best_effort = _best_effort(write, ctx.model, with_node.body)
    if best_effort is not None:
        ctx.accept(CODE, write.call, best_effort, call=write.label)
        return
    ctx.report(
        CODE,
        manager,
        SUPPRESS_MESSAGE.format(manager=ast.unparse(manager), write=write.describe()),
        call=write.label,
    )


def _check_gathered(ctx: PythonContext, index: WriteIndex, call: ast.Call) -> None:
    """``gather(*writes, return_exceptions=True)`` whose result list is dropped or unread."""
    model = ctx.model
    if model.resolve(call.func) != "asyncio.gather":
        return
    if not any(
        k.arg == "return_exceptions" and isinstance(k.value, ast.Constant) and k.value.value
        for k in call.keywords
    ):
        return
    holder = model.parent(call)
    if isinstance(holder, ast.Await):
        holder = model.parent(holder)
    if isinstance(holder, ast.Assign) and len(holder.targets) == 1:
        target = holder.targets[0]
        function = model.enclosing_function(call)
        if not isinstance(target, ast.Name) or function is None:
            return
        if any(
            isinstance(n, ast.Name) and n.id == target.id and isinstance(n.ctx, ast.Load)
            for n in ast.walk(function)
        ):
            return
    elif not isinstance(holder, ast.Expr):
        return
    writes = [w for arg in call.args for w in index.writes_in(arg)]
    if not writes or writes[0].to_cache():
        return
    ctx.report(CODE, call, GATHER_MESSAGE.format(write=writes[0].describe()), call=writes[0].label)
