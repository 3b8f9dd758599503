"""Shared flow helpers for the error-path detectors (LW004, LW006, LW007, LW045).

What runs in the same frame as a statement (nested functions and lambdas excluded), which
calls log, which calls end the process, which exception types a write failure can raise, and
where a function's callers put its result. Everything here is a pure function of the AST
or is computed once per module and cached on the context.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from lostwrite.detectors.python.semantic import SemanticModel, call_name, dotted
from lostwrite.detectors.python.writes import (
    REPO_WORDS,
    Write,
    WriteIndex,
    words_of,
)

COMMITS = frozenset({"commit", "flush", "save", "asave", "execute", "executemany"})
DELETES = re.compile(
    r"^a?(?:delete|remove|unlink|rmtree|rmdir|drop|purge|destroy|discard|evict|expire|"
    r"hdel|srem|zrem|lrem|del)(?:_\w+)?$"
)
FETCHES = frozenset(
    {
        "fetchone",
        "fetchall",
        "fetchmany",
        "fetchval",
        "scalar",
        "scalars",
        "scalar_one",
        "scalar_one_or_none",
        "first",
        "one",
        "one_or_none",
        "all",
        "mappings",
    }
)
CURSOR_FETCHES = frozenset({"fetchone", "fetchall", "fetchmany"})
CRUD_NAME = re.compile(
    r"^a?(?:create|insert|update|add|upsert|save|persist|store|record|write|delete|remove|"
    r"set|put|bulk|mark|increment|incr|append|log)_\w+$"
)
CONNECTION_WORDS = frozenset({"db", "session", "conn", "connection", "tx", "txn", "cursor", "cur"})
READS = FETCHES | {"fetch", "fetchrow", "fetchval", "get", "select", "filter", "exists", "count"}
TRANSACTIONS = frozenset({"atomic", "begin", "begin_nested", "transaction", "transact"})
STREAM_METHODS = frozenset({"write", "writelines", "flush", "print"})
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
LOOPS = (ast.For, ast.AsyncFor, ast.While)

LOG_METHODS = frozenset(
    {
        "debug",
        "info",
        "warning",
        "warn",
        "error",
        "exception",
        "critical",
        "fatal",
        "log",
        "msg",
        "trace",
        "success",
        "notice",
        "alert",
        "emergency",
    }
)
LOGGER_RECEIVER = re.compile(
    r"(?:^|[._])(?:log|logs|logger|logging|_log|_logger|lg|structlog)$|logger", re.I
)
REPORTERS = frozenset(
    {
        "print",
        "traceback.print_exc",
        "traceback.print_exception",
        "traceback.print_stack",
        "warnings.warn",
        "click.echo",
        "click.secho",
        "typer.echo",
        "typer.secho",
        "rich.print",
        "sentry_sdk.capture_exception",
        "sentry_sdk.capture_message",
        "logging.debug",
        "logging.info",
        "logging.warning",
        "logging.warn",
        "logging.error",
        "logging.exception",
        "logging.critical",
        "logging.fatal",
        "logging.log",
    }
)
REPORTER_NAMES = frozenset({"capture_exception", "capture_message", "print_exc", "report_exc"})
STREAM_RECEIVER = re.compile(r"(?:^|\.)(?:stderr|stdout|console|err_console)$")

EXITS = frozenset(
    {
        "sys.exit",
        "os._exit",
        "exit",
        "quit",
        "os.abort",
        "os.kill",
        "_thread.exit",
        "_thread.interrupt_main",
        "signal.raise_signal",
    }
)

# Exceptions that end a CLI without printing anything.
SILENT_EXIT_EXCEPTIONS = frozenset(
    {
        "typer.Exit",
        "typer.Abort",
        "click.exceptions.Exit",
        "click.Exit",
        "click.Abort",
        "click.exceptions.Abort",
    }
)

# Exception types that do not come from a failed write, or that mean "already stored".
NOT_WRITE_FAILURES = frozenset(
    {
        "KeyError",
        "IndexError",
        "LookupError",
        "ValueError",
        "TypeError",
        "AttributeError",
        "NameError",
        "StopIteration",
        "StopAsyncIteration",
        "ImportError",
        "ModuleNotFoundError",
        "NotImplementedError",
        "JSONDecodeError",
        "UnicodeDecodeError",
        "UnicodeEncodeError",
        "UnicodeError",
        "ZeroDivisionError",
        "ArithmeticError",
        "OverflowError",
        "AssertionError",
        "KeyboardInterrupt",
        "SystemExit",
        "GeneratorExit",
        "CancelledError",
        "DoesNotExist",
        "ObjectDoesNotExist",
        "NoResultFound",
        "MultipleResultsFound",
        "MultipleObjectsReturned",
        "ValidationError",
        "FileNotFoundError",
        "NotADirectoryError",
        "BrokenPipeError",
        "ProcessLookupError",
        "ChildProcessError",
        "RecursionError",
        "DecodeError",
        "ParseError",
    }
)
# Exceptions used as control flow, not raised by a failed write (RunIsComplete, StopWorker).
CONTROL_FLOW = re.compile(r"(?:Complete|Completed|Done|Finished|Stop|Stopped|Skip|Skipped)$")
# The parent row is gone: catching this and skipping the child is the LW006 fix.
FOREIGN_KEY_VIOLATIONS = frozenset(
    {"ForeignKeyViolation", "ForeignKeyViolationError", "ForeignKeyConstraintError"}
)
ALREADY_STORED = frozenset(
    {
        "IntegrityError",
        "UniqueViolation",
        "UniqueViolationError",
        "DuplicateKeyError",
        "AlreadyExists",
        "AlreadyExistsError",
        "Conflict",
        "ConflictError",
        "ConditionalCheckFailedException",
        "ResourceExistsError",
        "FileExistsError",
        "EntityAlreadyExists",
        "DuplicateError",
    }
)


def own_nodes(roots: Iterable[ast.AST]) -> Iterator[ast.AST]:
    """Every node under ``roots`` (roots included) that runs in their frame.

    Bodies of nested functions, lambdas and classes are skipped; their decorators and default
    values are not (those run where they are written). Order is depth-first, not source order.
    """
    stack = list(roots)
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            stack.extend(node.decorator_list)
            stack.extend(node.args.defaults)
            stack.extend(d for d in node.args.kw_defaults if d is not None)
            continue
        if isinstance(node, ast.Lambda):
            stack.extend(node.args.defaults)
            continue
        if isinstance(node, ast.ClassDef):
            stack.extend(node.decorator_list)
            stack.extend(node.bases)
            continue
        stack.extend(ast.iter_child_nodes(node))


def own_calls(roots: Iterable[ast.AST]) -> list[ast.Call]:
    """The calls in ``roots`` that run in their frame, in source order."""
    calls = [n for n in own_nodes(roots) if isinstance(n, ast.Call)]
    calls.sort(key=position)
    return calls


def position(node: ast.AST) -> tuple[int, int]:
    return (getattr(node, "lineno", 0), getattr(node, "col_offset", 0))


def before(a: ast.AST, b: ast.AST) -> bool:
    """Does ``a`` start before ``b`` in the source?"""
    return position(a) < position(b)


def is_log_call(call: ast.Call, model: SemanticModel) -> bool:
    """A call that leaves a line somewhere a person will see: logger, print, traceback, sentry."""
    name = model.resolve(call.func)
    if name in REPORTERS:
        return True
    func = call.func
    if isinstance(func, ast.Name):
        return func.id in REPORTER_NAMES
    if not isinstance(func, ast.Attribute):
        return False
    if func.attr in REPORTER_NAMES:
        return True
    receiver = dotted(func.value)
    if func.attr in LOG_METHODS and LOGGER_RECEIVER.search(receiver):
        return True
    if func.attr in ("write", "print", "print_exception", "log") and STREAM_RECEIVER.search(
        receiver
    ):
        return True
    return False


def exit_of(node: ast.AST, model: SemanticModel) -> str | None:
    """``sys.exit`` / ``os._exit`` / ``SystemExit``… when ``node`` ends the process, else None."""
    if isinstance(node, ast.Call):
        name = model.resolve(node.func)
        if name in EXITS:
            if name == "os.kill" and not _kills_self(node, model):
                return None
            return name
        # Ex) ctx.exit(1) on a click/typer Context: exits without a message
        func = node.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr in ("exit", "abort")
            and isinstance(func.value, ast.Name)
            and func.value.id in ("ctx", "context", "click_ctx")
            and any(t.split(".")[0] in ("click", "typer") for t in model.imports.values())
        ):
            return f"{func.value.id}.{func.attr}"
        # Ex) except RedisError: loop.stop()  -- run_forever() returns and the daemon ends
        if isinstance(func, ast.Attribute) and func.attr == "stop" and not node.args:
            owner = func.value
            if isinstance(owner, ast.Call):
                if model.resolve(owner.func) in (
                    "asyncio.get_event_loop",
                    "asyncio.get_running_loop",
                ):
                    return "the event loop's stop"
            elif dotted(owner).split(".")[-1].lstrip("_") in ("loop", "event_loop", "io_loop"):
                return f"{dotted(owner)}.stop"
        return None
    if isinstance(node, ast.Raise) and node.exc is not None:
        exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
        name = model.resolve(exc)
        if name == "SystemExit":
            return "raise SystemExit"
        if name in SILENT_EXIT_EXCEPTIONS:
            return f"raise {dotted(exc)}"
    return None


def _kills_self(call: ast.Call, model: SemanticModel) -> bool:
    return bool(call.args) and (
        isinstance(call.args[0], ast.Call) and model.resolve(call.args[0].func) == "os.getpid"
    )


def exit_prints_message(node: ast.AST, handler_name: str | None) -> bool:
    """``sys.exit("msg")`` / ``SystemExit(f"... {exc}")`` / ``sys.exit(exc)`` print to stderr."""
    if isinstance(node, ast.Raise):
        node = node.exc  # type: ignore[assignment]
        if not isinstance(node, ast.Call):
            return False
    if not isinstance(node, ast.Call) or not node.args:
        return False
    arg = node.args[0]
    if isinstance(arg, ast.JoinedStr):
        return True
    if isinstance(arg, ast.Constant):
        return isinstance(arg.value, str)
    if isinstance(arg, ast.Name):
        return arg.id == handler_name
    if isinstance(arg, ast.Call):
        return isinstance(arg.func, ast.Name) and arg.func.id in ("str", "repr", "format")
    return isinstance(arg, ast.BinOp) and isinstance(arg.left, ast.Constant | ast.JoinedStr)


def exception_names(handler: ast.ExceptHandler) -> list[str]:
    """Last-segment names of the caught types; ``[""]`` for a bare ``except:``."""
    if handler.type is None:
        return [""]
    types = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    names = []
    for expr in types:
        rendered = dotted(expr)
        names.append(rendered.rsplit(".", 1)[-1] if rendered else "?")
    return names


def catches_write_failure(names: list[str], *, duplicates: bool = False) -> bool:
    """Can a failed write (lost connection, timeout, constraint, disk full) land here?

    Errors that mean "already stored" (``IntegrityError``, ``DuplicateKeyError``) count only
    with ``duplicates=True``: swallowing them is usually an idempotent insert, but crashing on
    them still loses the rest of the batch.
    """
    return any(
        name not in NOT_WRITE_FAILURES
        and (duplicates or name not in ALREADY_STORED)
        and not CONTROL_FLOW.search(name)
        for name in names
    )


@dataclass
class CallSites:
    """Per module: the calls that discard their result, by callee name."""

    discarded: dict[str, list[ast.Call]] = field(default_factory=dict)

    @classmethod
    def build(cls, model: SemanticModel) -> CallSites:
        sites = cls()
        for call in model.of_type(ast.Call):
            name = call_name(call)
            if not name:
                continue
            parent = model.parent(call)
            if isinstance(parent, ast.Await):
                parent = model.parent(parent)
            if isinstance(parent, ast.Expr):
                sites.discarded.setdefault(name, []).append(call)
        return sites


def first_write(
    index: WriteIndex, statements: Iterable[ast.AST], *, deletes: bool = True
) -> Write | None:
    """The write among ``statements`` most likely to fail: the first commit/flush, else the
    first write in source order (local functions followed, nested functions skipped).
    ``deletes=False`` ignores deletions (a failed delete loses no data). Writes to a stream
    that was handed in (``file.write(text)`` on a parameter, ``self.fp.write``) are output,
    not persistence, and are skipped; a file this code opens for writing still counts."""
    found = [w for w in writes_among(index, statements) if not _stream_output(w, index)]
    if not deletes:  # the write's own verb, also when reached through a local function
        found = [w for w in found if not DELETES.match(_verb(w.label))]
    if not found:
        return None
    commits = [w for w in found if call_name(w.call) in COMMITS]
    return (commits or found)[0]


def _verb(label: str) -> str:
    """``db.delete(...)`` -> ``delete``."""
    return label.split("(", 1)[0].rsplit(".", 1)[-1]


def writes_among(index: WriteIndex, statements: Iterable[ast.AST]) -> list[Write]:
    """Writes (shared vocabulary, then :func:`named_write`, then a transaction block) in the
    frame of ``statements``, in source order; a write made inside a local function is
    reported at the call to it."""
    found: list[Write] = []
    for call in own_calls(statements):
        write = index.deep(call) or named_write(call, index) or _transaction(call, index)
        if write is None or _fetched(write.call, index.model):
            continue
        if write.call is not call:  # through a local function: locate it at the call here
            write = Write(call, write.kind, write.label, write.via)
        found.append(write)
    return found


def _transaction(call: ast.Call, index: WriteIndex) -> Write | None:
    """``with transaction.atomic():`` / ``async with session.begin():`` /
    ``async with conn.transaction():``: whatever runs inside commits at the block's end."""
    item = index.model.parent(call)
    if call_name(call) not in TRANSACTIONS or not isinstance(item, ast.withitem):
        return None
    block = index.model.parent(item)
    if isinstance(block, ast.With | ast.AsyncWith) and any(
        call_name(inner) in READS for inner in own_calls(block.body)
    ):
        return None  # a read transaction (its writes, if any, are found on their own)
    return Write(call, "sql", f"{dotted(call.func) or call_name(call)}() block")


def _stream_output(write: Write, index: WriteIndex) -> bool:
    """``f.write(...)`` on a handle not opened in this function (a parameter, an attribute)."""
    call = write.call
    if write.kind != "file" or write.via or call_name(call) not in STREAM_METHODS:
        return False
    receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
    if not isinstance(receiver, ast.Name):
        return True
    scope = index.model.enclosing_function(call)
    return not any(isinstance(v, ast.Call) for v in index.scopes.bindings(receiver.id, scope))


def _passes_connection(call: ast.Call) -> bool:
    """An argument is a database session/connection by its name: ``db``, ``session``…"""
    for arg in [*call.args, *(k.value for k in call.keywords)]:
        rendered = dotted(arg)
        if rendered and words_of(rendered.rsplit(".", 1)[-1]) & CONNECTION_WORDS:
            return True
    return False


def _fetched(call: ast.Call, model: SemanticModel) -> bool:
    """An ``execute`` of SQL we cannot read whose rows are then fetched is a query:
    ``cur.execute(q).fetchone()`` or ``cur.execute(q)`` followed by ``cur.fetchall()``."""
    if call_name(call) != "execute" or not isinstance(call.func, ast.Attribute):
        return False
    if call.args and isinstance(call.args[0], ast.Constant | ast.JoinedStr):
        return False  # visible SQL (INSERT ... RETURNING too): the vocabulary has judged it
    parent = model.parent(call)
    if isinstance(parent, ast.Await):
        parent = model.parent(parent)
    if isinstance(parent, ast.Attribute) and parent.attr in FETCHES:
        return True
    receiver = dotted(call.func.value)
    function = model.enclosing_function(call)
    if not receiver or function is None:
        return False
    for node in own_nodes(function.body):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in CURSOR_FETCHES
            and dotted(node.func.value) == receiver
        ):
            return True
    return False


def named_write(call: ast.Call, index: WriteIndex) -> Write | None:
    """A create/update/delete/mark helper handed a session or connection
    (``crud.create_user(db, user)``) or called on a repository/store/database receiver
    (``self.repo.update_status(id, "done")``). Typical of helpers defined in another module: a
    function or method defined in this file is left to the shared index, which follows it to
    see whether it really writes. In-memory receivers never count. (Names that say they
    persist on their own, ``save_*``/``persist_*``/``store_*``/checkpoints, are the shared
    index's ``PERSIST_NAME`` rule.)
    """
    func = call.func
    if index.callee(call) is not None:
        return None
    if isinstance(func, ast.Attribute):
        name = func.attr
        evidence = index.evidence(func.value, index.model.enclosing_function(call))
        if evidence.memory:
            return None
    elif isinstance(func, ast.Name):
        name = func.id
        evidence = None
    else:
        return None
    if not (
        CRUD_NAME.match(name)
        and (_passes_connection(call) or (evidence is not None and evidence.has(REPO_WORDS)))
    ):
        return None
    rendered = dotted(func) or name
    return Write(call, "repository", f"{rendered}({'...' if call.args or call.keywords else ''})")
