"""LW007 silent-crash-on-write-failure (Python).

## What it does
Checks for a failed write or transaction that is turned into a process exit with nothing
logged: an ``except`` around a write whose handler calls ``os._exit()``, ``sys.exit()``,
``exit()``, ``os.abort()``, ``_thread.interrupt_main()`` or ``loop.stop()``, raises
``SystemExit``/``typer.Exit``/``click.Abort``, or returns a nonzero exit status from a
function whose result is the exit status (``sys.exit(main())``) before any logger, ``print``,
or ``traceback.print_exc()`` call; the same after ``if not saved:`` tests a write's result;
and calls to a local helper (``die()``, ``self._crash()``) that itself exits without logging.

## Why is this bad?
The write is lost and so is the reason: ``os._exit`` skips even the interpreter's traceback,
and ``SystemExit`` is never printed. All an operator sees is a restarted worker or a non-zero
exit status; the exception that explains the lost data is gone.

## Example
```python
try:
    await session.commit()
except Exception:
    os._exit(1)
```

Use instead:
```python
try:
    await session.commit()
except Exception:
    logger.exception("commit failed; exiting so the supervisor restarts us")
    os._exit(1)
```
"""

from __future__ import annotations

import ast

from lostwrite.detectors.python.context import PythonContext
from lostwrite.detectors.python.flow import (
    SCOPES,
    before,
    catches_write_failure,
    exception_names,
    exit_of,
    exit_prints_message,
    first_write,
    is_log_call,
    own_calls,
    own_nodes,
    position,
)
from lostwrite.detectors.python.semantic import SemanticModel, call_name, dotted
from lostwrite.detectors.python.writes import Write, WriteIndex, write_index

CODE = "LW007"
# The exits themselves: sys.exit( / os._exit( / exit( / SystemExit / typer.Exit / os.abort( /
# os.kill( / quit( / signal.raise_signal, or ``from os import _exit as die``.
TRIGGERS = (
    b"exit(",
    b"Exit",
    b"abort(",
    b"Abort",
    b"kill(",
    b"quit(",
    b"raise_signal",
    b"exit as",
    b"interrupt_main",
    b"loop.stop(",
    b"loop().stop(",
)

SUCCESS_EXITS = frozenset({"sys.exit", "exit", "quit", "os._exit"})
EXIT_NAMES = frozenset(
    {"exit", "_exit", "quit", "abort", "kill", "raise_signal", "interrupt_main", "stop"}
)
MESSAGE = (
    "if {write} fails, this {where} ends the process with {exit} and logs nothing: the write is "
    "lost and the reason with it{status}. Log the failure before exiting "
    '(logger.exception("... failed") or traceback.print_exc()), then exit'
)


def check(ctx: PythonContext) -> None:
    model = ctx.model
    index = write_index(ctx)
    helpers = _exit_helpers(model)
    seen: set[ast.AST] = set()
    names = EXIT_NAMES | helpers.keys()
    candidates: list[ast.AST] = [
        c
        for c in model.of_type(ast.Call)
        if call_name(c) in names or (isinstance(c.func, ast.Name) and c.func.id in model.imports)
    ]
    candidates += model.of_type(ast.Raise)
    # Ex) def main() -> int: ... except psycopg.Error: return 3  /  sys.exit(main())
    status_functions = _exit_status_functions(model)
    if status_functions:
        candidates += [
            r
            for r in model.of_type(ast.Return)
            if _nonzero_code(r.value)
            and getattr(model.enclosing_function(r), "name", None) in status_functions
        ]
    candidates.sort(key=position)
    for node in candidates:
        exit_name, silent_helper = _exit_kind(node, model, helpers)
        if isinstance(node, ast.Return) and node.value is not None:
            function = model.enclosing_function(node)
            owner = function.name if function is not None else "main"
            exit_name = f"return {ast.unparse(node.value)} as the exit status of {owner}()"
        if exit_name is None:
            continue
        found = _guarded_write(node, model, index)
        if found is None or found[0] in seen:
            continue
        guard, write = found
        seen.add(guard)
        handler_name = guard.name if isinstance(guard, ast.ExceptHandler) else None
        where = "except handler" if isinstance(guard, ast.ExceptHandler) else "failure branch"
        logged = silent_helper is False or any(
            is_log_call(call, model) and before(call, node) for call in own_calls(guard.body)
        )
        if logged or exit_prints_message(node, handler_name):
            reason = "logged before exit" if logged else "exit message printed to stderr"
            ctx.accept(CODE, node, reason, call=write.label)
            continue
        status = "; exit status 0 even reports success" if _exits_zero(node, model) else ""
        ctx.report(
            CODE,
            node,
            MESSAGE.format(write=write.describe(), where=where, exit=exit_name, status=status),
            risk="medium",
            call=write.label,
        )


def _exit_kind(
    node: ast.AST, model: SemanticModel, helpers: dict[str, bool]
) -> tuple[str | None, bool | None]:
    """The exit's rendering, and for a helper whether it exits silently (None: not a helper)."""
    name = exit_of(node, model)
    if name is not None:
        if isinstance(node, ast.Call):
            written = f"{dotted(node.func)}()"
            return (written if dotted(node.func) == name else f"{written} ({name})"), None
        return name, None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name | ast.Attribute):
        callee = call_name(node)
        if callee in helpers and model.resolve(node.func) is None:
            return f"{dotted(node.func)}()", helpers[callee]
    return None, None


def _exit_status_functions(model: SemanticModel) -> set[str]:
    """Functions whose return value is the process's exit status: ``sys.exit(main())``."""
    found: set[str] = set()
    for call in model.of_type(ast.Call):
        status = call.args[0] if call.args else None
        if (
            isinstance(status, ast.Call)
            and isinstance(status.func, ast.Name)
            and model.resolve(call.func) in SUCCESS_EXITS | {"SystemExit"}
        ):
            found.add(status.func.id)
    return found


def _nonzero_code(value: ast.expr | None) -> bool:
    return (
        isinstance(value, ast.Constant)
        and isinstance(value.value, int)
        and not isinstance(value.value, bool)
        and value.value != 0
    )


def _exit_helpers(model: SemanticModel) -> dict[str, bool]:
    """Local functions whose body ends the process: name -> exits without logging first."""
    helpers: dict[str, bool] = {}
    for kind in (ast.FunctionDef, ast.AsyncFunctionDef):
        for function in model.of_type(kind):
            for statement in function.body:
                target = statement.value if isinstance(statement, ast.Expr) else statement
                if exit_of(target, model) is None:
                    continue
                logged = any(
                    is_log_call(call, model) and before(call, target)
                    for call in own_calls(function.body)
                )
                helpers[function.name] = not logged and not exit_prints_message(target, None)
                break
    return helpers


def _guarded_write(
    node: ast.AST, model: SemanticModel, index: WriteIndex
) -> tuple[ast.ExceptHandler | ast.If, Write] | None:
    """The ``except`` handler or ``if`` branch (same frame) that leads to ``node`` after a
    failed write, and that write."""
    for ancestor in model.ancestors(node):
        if isinstance(ancestor, SCOPES):
            return None
        # Ex) try: await session.commit() / except Exception: os._exit(1)
        if isinstance(ancestor, ast.ExceptHandler):
            try_node = model.parent(ancestor)
            if not catches_write_failure(
                exception_names(ancestor), duplicates=True
            ) or not isinstance(try_node, ast.Try | ast.TryStar):
                return None
            write = first_write(index, try_node.body)
            return None if write is None else (ancestor, write)
        # Ex) saved = repo.save(row) / if not saved: sys.exit(1)
        if isinstance(ancestor, ast.If):
            write = _written_by_test(ancestor, model, index)
            if write is not None:
                return ancestor, write
    return None


def _written_by_test(branch: ast.If, model: SemanticModel, index: WriteIndex) -> Write | None:
    """The write whose result the ``if`` tests: called in the test or bound to a tested name."""
    names: set[str] = set()
    for node in ast.walk(branch.test):
        if isinstance(node, ast.Call) and (write := index.deep(node)) is not None:
            return write
        if isinstance(node, ast.Name):
            names.add(node.id)
    if not names:
        return None
    function = model.enclosing_function(branch)
    statements = function.body if function is not None else model.tree.body
    for node in own_nodes(statements):
        if (
            isinstance(node, ast.Assign)
            and before(node, branch)
            and any(isinstance(t, ast.Name) and t.id in names for t in node.targets)
        ):
            value = node.value.value if isinstance(node.value, ast.Await) else node.value
            if isinstance(value, ast.Call) and (write := index.deep(value)) is not None:
                return write
    return None


def _exits_zero(node: ast.AST, model: SemanticModel) -> bool:
    """``sys.exit(0)``, ``sys.exit()``, ``raise SystemExit``: the process reports success."""
    if isinstance(node, ast.Raise):
        exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
        if exc is not None and (model.resolve(exc) or dotted(exc)).endswith("Abort"):
            return False  # click.Abort / typer.Abort: "Aborted!" and status 1
        if not isinstance(node.exc, ast.Call):
            return True
        node = node.exc
    elif not isinstance(node, ast.Call) or model.resolve(node.func) not in SUCCESS_EXITS:
        return False
    status = node.args[0] if node.args else None
    for keyword in node.keywords:
        if keyword.arg in ("code", "status"):
            status = keyword.value
    return status is None or _is_zero(status)


def _is_zero(expr: ast.expr) -> bool:
    return isinstance(expr, ast.Constant) and expr.value in (0, None)
