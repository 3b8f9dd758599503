"""LW007 silent-crash-on-write-failure (JavaScript/TypeScript).

## What it does
Checks for write failures that become a crash with nothing logged:

- ``Effect.orDie`` / ``Effect.orDieWith(…)`` applied to an effect that writes or commits
  (a transaction, an insert/upsert, a SQL write, an event append) with no
  ``Effect.tapError``/``tapErrorCause``/``tapBoth``/``logError`` before it in the pipe and no
  ``tapDefect``/``catchAllCause`` after it;
- ``Effect.catchAll((e) => Effect.die(e))`` (and ``catchTag``/``mapError``…) on such an effect
  when the callback logs nothing;
- ``Effect.die``/``dieMessage`` in a catch-all, called or passed by reference
  (``Effect.catchAll(Effect.die)``);
- ``process.exit(…)``/``process.abort()``/``process.exitCode = 1`` (or a local helper that
  exits without logging) in the ``catch`` of a write (a ``try`` around it, also through a
  callback awaited there such as ``withTransaction``; its ``.catch`` callback, also through
  ``Promise.all``; ``Effect.runPromise(program).catch(…)`` over a writing program) with no log
  line before it; a statement or transaction a sync driver prepared (better-sqlite3,
  ``bun:sqlite``, ``node:sqlite``: ``const insert = db.prepare("INSERT …")``) counts where it
  runs (``insert.run(row)``, ``apply(rows)``), also in a ``worker_threads`` worker; a batch
  sent by one call (a Deno KV ``kv.atomic()…commit()``, a Redis ``pipeline()``/``multi()``
  sent by ``exec()``) counts, also where a local helper that awaits or returns it is called,
  and so does the ``if (!res.ok)`` branch after ``const res = await op.commit()``;
- the ``"error"`` handler of a ``fs.createWriteStream(…)`` stream that exits with nothing logged;
- an ``unhandledRejection``/``uncaughtException`` handler that exits or rethrows with nothing
  logged, in a file that writes (``uncaughtException`` also where a sync driver's throw lands).

A failure posted to the parent first (``parentPort.postMessage({ error })``) is reported.

## Why is this bad?
The typed error (a ``SqlError`` with the failing statement, a foreign-key violation at
commit) is turned into a defect: the fiber dies, a raw stack may reach a terminal, and the
log has nothing saying which event, key or statement failed. The write is lost and the
cause is invisible.

## Example
```typescript
const commit = (event: Event) =>
  db.transaction(() => append(event)).pipe(Effect.orDie);
```

Use instead:
```typescript
const commit = (event: Event) =>
  db.transaction(() => append(event)).pipe(
    Effect.tapError((error) =>
      Effect.logError("durable commit failed", { eventID: event.id, eventType: event.type, error }),
    ),
    Effect.orDie,
  );
```
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lostwrite.detectors.js.context import JsContext
from lostwrite.detectors.js.handling import log_level
from lostwrite.detectors.js.promises import COMBINATORS, climb
from lostwrite.detectors.js.writes import (
    Write,
    arguments_of,
    callee_name,
    error_first_callback,
)

if TYPE_CHECKING:
    from tree_sitter import Node

CODE = "LW007"
TRIGGERS = (
    b"orDie", b"Effect.die", b"process.exit", b"process.abort", b"exitCode",
    b"unhandledRejection", b"uncaughtException", b"Deno.exit",
)  # fmt: skip
EXIT_CALLS = frozenset({"process.exit", "process.abort", "Deno.exit"})
EXIT_CODE = re.compile(rb"\bprocess\.exitCode\s*=\s*(?!0\b)")
FATAL_EVENTS = re.compile(r"^['\"`](unhandledRejection|uncaughtException)['\"`]$")
RUNNERS = re.compile(
    r"^(Effect|Runtime|[\w$]*[Rr]untime)\.(runPromise|runPromiseExit|runFork|runMain)$"
)

OR_DIE = re.compile(rb"\bEffect\s*\.\s*(orDieWith|orDie|dieMessage|dieSync|die)\b")
CATCHERS = re.compile(
    r"^Effect\.(catchAll|catchTag|catchTags|catchAllCause|catchIf|catchSome|orElse|mapError)$"
)
WRITE_WORDS = re.compile(
    r"transaction|commit|\binsert|upsert|\bupdate|\bdelete|persist|\bsave|\bwrite|append|"
    r"sql`|\.run\(|\.execute\(|publish|project|\btx\b|\btrx\b|\btxn\b|"
    r"\.(?:put|set|create|remove|store)\(",  # Ex) kv.set(key, value) / bucket.put(k, body)
    re.IGNORECASE,
)
LOGGED_BEFORE = re.compile(
    r"\b(tapError|tapErrorCause|tapBoth|tapErrorTag|logError|logWarning|logFatal|Effect\.log\w*|"
    r"console\.(error|warn)|logger\.\w+)\b"
)
# After orDie the failure is a defect: only cause/defect-aware steps still see it
# (``Effect.tapError`` after ``orDie`` never runs).
LOGGED_AFTER = re.compile(
    r"^(Effect\.)?(tapDefect|catchAllCause|catchAllDefect|tapErrorCause|tapCause|sandbox|"
    r"catchSomeDefect|catchSomeCause|onError|onExit)\b"
)


def check(ctx: JsContext) -> None:
    if b"Effect" in ctx.source:
        for match in OR_DIE.finditer(ctx.source):
            _effect(ctx, match.start(), match.end(), match.group(1).decode())
    if any(trigger in ctx.source for trigger in TRIGGERS[2:]):
        _process_exits(ctx)


def _effect(ctx: JsContext, start: int, end: int, name: str) -> None:
    member = ctx.tree.root_node.descendant_for_byte_range(start, end)
    while member is not None and member.type != "member_expression":
        member = member.parent if member.end_byte <= end else None
    if member is None or member.start_byte != start:
        return  # in a comment or a string
    call = (
        member.parent
        if member.parent is not None and member.parent.type == "call_expression"
        else None
    )
    if name in ("die", "dieMessage", "dieSync"):
        # Ex) effect.pipe(Effect.catchAll(Effect.die))   -- the defect constructor itself
        if call is None or call.child_by_field_name("function") != member:
            catcher = _catcher_of(ctx, member)
            if catcher is not None:
                _judge(ctx, catcher, member, f"Effect.{name} in a catch-all")
            return
        # Ex) effect.pipe(Effect.catchAll((e) => Effect.die(e)))
        callback = ctx.enclosing_function(call)
        catcher = _catcher_of(ctx, callback)
        if catcher is None or _logs_inside(ctx, callback):
            return
        _judge(ctx, catcher, call, f"Effect.{name} in a catch-all")
        return
    if name == "orDieWith" and call is not None and len(arguments_of(call)) == 2:
        # Ex) Effect.orDieWith(commit(event), (e) => new Defect(e))   -- data-first
        _judge_direct(ctx, call, call)
        return
    if name == "orDie" and call is not None and call.child_by_field_name("function") == member:
        # Ex) Effect.orDie(db.transaction(…))
        _judge_direct(ctx, call, member)
        return
    # Ex) …pipe(…, Effect.orDie) / pipe(effect, Effect.orDieWith((e) => e))
    element = call if name == "orDieWith" and call is not None else member
    _judge(ctx, element, element, f"Effect.{name}")


def _catcher_of(ctx: JsContext, callback: Node | None) -> Node | None:
    if callback is None or callback.parent is None or callback.parent.type != "arguments":
        return None
    call = callback.parent.parent
    function = call.child_by_field_name("function") if call is not None else None
    if function is None or not CATCHERS.match(ctx.text_of(function).replace(" ", "")):
        return None
    return call


def _judge(ctx: JsContext, element: Node, report_on: Node, what: str) -> None:
    """``element`` is an argument of a pipe; look at what it applies to and what comes around."""
    arguments = element.parent
    if arguments is None or arguments.type != "arguments" or arguments.parent is None:
        return
    pipe = arguments.parent
    args = arguments_of(pipe)
    if element not in args:
        return
    position = args.index(element)
    function = pipe.child_by_field_name("function")
    subject = list(args[:position])
    if (
        function is not None
        and function.type == "member_expression"
        and callee_name(ctx, pipe) == "pipe"
    ):
        obj = function.child_by_field_name("object")
        if obj is not None:
            subject.insert(0, obj)
    elif function is None or ctx.text_of(function) not in ("pipe", "Effect.pipe", "Function.pipe"):
        return
    later = list(args[position + 1 :])
    _verdict(ctx, subject, later, report_on, what)


def _judge_direct(ctx: JsContext, call: Node, report_on: Node) -> None:
    subject = arguments_of(call)[:1]
    later: list[Node] = []
    parent = call.parent
    if parent is not None and parent.type == "member_expression" and parent.parent is not None:
        if callee_name(ctx, parent.parent) == "pipe":
            later = arguments_of(parent.parent)
    _verdict(ctx, subject, later, report_on, "Effect.orDie")


def _verdict(ctx: JsContext, subject: list[Node], later: list[Node], node: Node, what: str) -> None:
    text = " ".join(_expand(ctx, n) for n in subject)
    function = ctx.enclosing_function(node)
    if function is not None:  # Ex) const commitEvent = (tx) => tx.pipe(Effect.orDie)
        text += " " + ctx.binding_name(function)
    writes = [
        w
        for w in ctx.writes.all()
        if any(s.start_byte <= w.node.start_byte < s.end_byte for s in subject)
    ]
    if not writes and not WRITE_WORDS.search(text):
        return  # Ex) Schema.decode(input).pipe(Effect.orDie): no write involved
    described = writes[0].what if writes else _write_word(text)
    if LOGGED_BEFORE.search(text) or any(LOGGED_AFTER.match(ctx.text_of(n)) for n in later):
        ctx.accept(CODE, node, "error logged before it becomes a defect", call=described)
        return
    ctx.report(
        CODE,
        node,
        f"a failure of {described} becomes a defect through {what} with nothing logged: the "
        f"fiber dies with a raw stack and no log line says which record or event was lost. Fix: "
        f'log it first, e.g. `Effect.tapError((error) => Effect.logError("write failed", '
        f"{{ error }}))` before `{what}` (keep the ids of the lost data in the log)",
        fix_available=what == "Effect.orDie",  # the only shape `--fix` rewrites
        risk="critical",
        call=described,
    )


def _expand(ctx: JsContext, node: Node) -> str:
    """The text of ``node``; an identifier is followed to its ``const`` initialiser."""
    if node.type == "identifier":
        scope = ctx.enclosing_function(node)
        while scope is not None:
            value = ctx.declared_value(ctx.text_of(node), scope, node.start_byte)
            if value is not None:
                return ctx.text_of(value)
            scope = ctx.enclosing_function(scope)
    return ctx.text_of(node)


def _write_word(text: str) -> str:
    match = WRITE_WORDS.search(text)
    word = match.group(0).strip("`(.") if match else "write"
    if word.lower() in ("tx", "trx", "txn"):
        word = "transaction"
    return f"the {word}"


def _logs_inside(ctx: JsContext, function: Node | None) -> bool:
    if function is None:
        return False
    text = ctx.text_of(function)
    return bool(LOGGED_BEFORE.search(text))


def _process_exits(ctx: JsContext) -> None:
    handlers: dict[Node, tuple[str, str]] = {}  # handler -> (the write, when it exits)
    # a prepared statement's ``stmt.run(…)`` is judged through its handle (_handle_runs)
    writes = [w for w in ctx.writes.all() if not PREPARED_RUN.search(w.what)]
    batches = [w for w in writes if w.what.startswith(BATCH_SENDS)]
    # Ex) const res = await op.commit(); if (!res.ok) Deno.exit(1)   -- a refused commit
    for write in batches:
        for branch in _refused_branches(ctx, write.node):
            handlers.setdefault(branch, (write.what, f"when {write.what} is refused (`ok: false`)"))
    for write in writes:
        when = f"when {write.what} fails"
        for handler in _outer_catches(ctx, write.node):
            handlers.setdefault(handler, (write.what, when))
        # Ex) fs.appendFile(spool, lines, (err) => { if (err) process.exit(1) })
        args = arguments_of(write.node)
        if not write.promise and args and error_first_callback(ctx, write.node):
            handlers[args[-1]] = (write.what, when)
        clause = _enclosing_catch(write.node)
        if clause is not None and not _drops_its_promise(ctx, write):
            handlers.setdefault(clause, (write.what, when))
    # Ex) const insert = db.prepare("INSERT …"); try { insert.run(row) } catch { process.exit(2) }
    for invocation, write in _handle_runs(ctx, writes):
        run = ctx.text_of(invocation.child_by_field_name("function"))
        when = (
            f"when `{run}(…)` (line {ctx.line_of(invocation)}), which runs {write.what} "
            f"(line {ctx.line_of(write.node)}), fails"
        )
        for handler in _outer_catches(ctx, invocation):
            handlers.setdefault(handler, (write.what, when))
        clause = _enclosing_catch(invocation)
        if clause is not None:
            handlers.setdefault(clause, (write.what, when))
    handlers.update(_runner_catches(ctx))
    handlers.update(_stream_error_handlers(ctx))
    # Ex) process.on("unhandledRejection", () => process.exit(1))   -- every floating or
    #     rethrown write failure of the file ends here
    #     process.on("uncaughtException", () => process.exit(2))   -- where a sync driver's
    #     throw (better-sqlite3 ``stmt.run``) ends when nothing catches it
    promised = next((w for w in writes if w.promise), None)
    fatal: list[Node] = []
    for call in ctx.index.calls if writes else []:
        args = arguments_of(call)
        if (
            len(args) != 2
            or ctx.text_of(call.child_by_field_name("function"))
            not in ("process.on", "process.once")
            or not FATAL_EVENTS.match(ctx.text_of(args[0]))
        ):
            continue
        event = ctx.text_of(args[0])[1:-1]
        ending = promised if promised is not None or event == "unhandledRejection" else writes[0]
        if ending is None:
            continue
        fatal.append(args[1])
        handlers.setdefault(
            args[1],
            (
                ending.what,
                f"from its `{event}` handler, where a failure of {ending.what} (line "
                f"{ctx.line_of(ending.node)}) or of any other write of this file ends up",
            ),
        )
    if not handlers:
        return
    # Ex) process.on("unhandledRejection", (reason) => { throw reason })   -- a raw crash
    rethrows = [(t, "throw") for h in fatal for t in _throws(h)]
    for node, exit_call in _exits(ctx) + rethrows:
        handler = next((h for h in handlers if h.start_byte <= node.start_byte < h.end_byte), None)
        if handler is None:
            continue
        logged = any(
            handler.start_byte <= other.start_byte < node.start_byte and log_level(ctx, other)
            for other in ctx.index.calls
        )
        # Ex) } catch (err) { console.error("import failed", err); process.exit(1) }
        what, when = handlers[handler]
        if logged:
            ctx.accept(CODE, node, "failure logged before exit", call=what)
            continue
        # Ex) catch (err) { parentPort.postMessage({ failed: job.id, error: String(err) }); … }
        if _reported_to_parent(ctx, handler, node):
            ctx.accept(CODE, node, "failure reported to the parent before exit", call=what)
            continue
        # Ex) await prisma.user.createMany({ data }).catch(() => process.exit(1))
        exits = (
            "ends with a failure code"
            if "exitCode" in exit_call
            else "crashes on a rethrown error"
            if exit_call == "throw"
            else "exits"
            if exit_call in EXIT_CALLS
            else f"exits through `{exit_call}`"
        )
        # Ex) a worker_threads worker: process.exit ends the thread, the job in hand is lost
        who = "the worker thread" if b"worker_threads" in ctx.source else "the process"
        ctx.report(
            CODE,
            node,
            f"{who} {exits} {when}, with nothing logged: the write is lost and no log "
            f"line says why. Fix: log the error (with the ids of the data that was not written) "
            f"at error level before `{exit_call}`",
            risk="medium",
            call=what,
        )


# A batch of writes sent by one call (see writes.py): a Deno KV ``kv.atomic()…commit()``, a
# Redis ``redis.pipeline()``/``multi()`` queue sent by ``exec()``.
PREPARED_RUN = re.compile(r"\bSQL \w+ \([\w$]+\.run\)\)*$")
BATCH_SENDS = ("a Deno KV atomic commit", "a Redis pipeline (", "a Redis multi (")


def _drops_its_promise(ctx: JsContext, write: Write) -> bool:
    """A call of a local helper that starts a write and neither awaits nor returns it
    (``function queue(s) { batch.exec() }``): the write's failure cannot reach a ``catch``
    around the call (LW001's concern)."""
    if write.kind != "call" or write.promise or " (writes via " not in write.what:
        return False
    inner = ctx.writes.local_writers.get(write.what.split("(", 1)[0])
    return inner is not None and inner.promise


def _refused_branches(ctx: JsContext, commit: Node) -> list[Node]:
    """The branches of ``if (!res.ok)`` after ``const res = await op.commit()`` (or of
    ``if (!(await op.commit()).ok)``): where a commit that was refused, not thrown, lands."""
    function = ctx.enclosing_function(commit)
    holder = climb(ctx, commit)[0].parent
    if holder is not None and holder.type == "await_expression":
        holder = holder.parent
    if function is None:
        return []
    if holder is not None and holder.type == "variable_declarator":
        name = re.escape(ctx.text_of(holder.child_by_field_name("name")))
        refused = re.compile(rf"!\s*{name}\??\.ok\b|\b{name}\??\.ok\s*===?\s*false")
        start = holder.end_byte
    else:
        refused = re.compile(r"!\s*\(\s*await\b[^;]*\)\s*\??\.ok\b")
        start = 0
    found: list[Node] = []
    stack = [function]
    while stack:
        node = stack.pop()
        condition = node.child_by_field_name("condition") if node.type == "if_statement" else None
        if (
            condition is not None
            and condition.start_byte >= start
            and refused.search(ctx.text_of(condition))
            and (start or condition.start_byte <= commit.start_byte < condition.end_byte)
        ):
            found.append(node.child_by_field_name("consequence"))
        stack.extend(c for c in node.named_children if c.type not in FUNCTION_NODES)
    return found


# Running a statement or transaction a sync driver prepared: better-sqlite3 / bun:sqlite
# ``stmt.run(…)``, ``tx.immediate(…)``, node:sqlite's ``stmt.all(…)``.
HANDLE_RUNS = frozenset(
    {"run", "all", "get", "iterate", "execute", "immediate", "deferred", "exclusive"}
)
HANDLE_NAME = re.compile(r"^(?:this\.)?[\w$]+(?:\.[\w$]+)?$")


Handles = dict[str, list[tuple["Node | None", Write]]]  # name -> (scope of the binding, write)


def _handle_runs(ctx: JsContext, writes: list[Write]) -> list[tuple[Node, Write]]:
    """Where a write bound to a name runs: ``const insert = db.prepare("INSERT …")`` is run by
    ``insert.run(row)``, ``const apply = db.transaction((rows) => …)`` by ``apply(rows)``
    (the write's own node only builds the statement or the transaction function). A
    transaction function or a local function that runs a statement without catching its
    failure (``const many = sqlite.transaction((rs) => rs.forEach((r) => update.run(r)))``)
    runs it too, where it is called."""
    handles: Handles = {}
    for write in writes:
        name = _bound_name(ctx, write.node)
        if name and HANDLE_NAME.match(name):
            # Ex) this.insert = db.prepare(…) in the constructor, run in any method
            scope = None if name.startswith("this.") else ctx.enclosing_function(write.node)
            handles.setdefault(name, []).append((scope, write))
    found: list[tuple[Node, Write]] = []
    seen: set[Node] = set()
    for _ in range(3):  # a statement, the transaction around it, the function calling that
        if not handles:
            break
        runs = [run for run in _runs_of(ctx, handles) if run[0] not in seen]
        found += runs
        seen.update(call for call, _write in runs)
        handles = {}
        for call, write in runs:
            runner = _runner(ctx, call)
            if runner is not None and HANDLE_NAME.match(runner[0]):
                handles.setdefault(runner[0], []).append((runner[1], write))
    return found


def _runs_of(ctx: JsContext, handles: Handles) -> list[tuple[Node, Write]]:
    """The calls that run one of ``handles`` (``name(…)`` / ``name.run(…)``), each with the
    write of the innermost binding of that name in scope."""
    found: list[tuple[Node, Write]] = []
    for call in ctx.index.calls:
        function = call.child_by_field_name("function")
        if function is None:
            continue
        if function.type == "identifier":
            bindings = handles.get(ctx.text_of(function), [])
        elif (
            function.type == "member_expression"
            and ctx.text_of(function.child_by_field_name("property")) in HANDLE_RUNS
        ):
            bindings = handles.get(ctx.text_of(function.child_by_field_name("object")), [])
        else:
            continue
        visible = [
            (scope.start_byte if scope is not None else -1, write)
            for scope, write in bindings
            if scope is None or scope.start_byte <= call.start_byte < scope.end_byte
        ]
        if not visible:
            continue
        write = max(visible, key=lambda pair: pair[0])[1]
        if not write.node.start_byte <= call.start_byte < write.node.end_byte:
            found.append((call, write))
    return found


def _runner(ctx: JsContext, call: Node) -> tuple[str, Node | None] | None:
    """The name under which the function around ``call`` runs it (and the scope of that name),
    when a failure of ``call`` escapes that function: the binding of ``x.transaction(fn)`` or
    the local function's name."""
    function = ctx.enclosing_function(call)
    current = call
    while current is not None and current != function:
        if current.type == "try_statement":
            return None  # Ex) function save(r) { try { insert.run(r) } catch (e) { … } }
        current = current.parent
    while function is not None and function.parent is not None:
        arguments = function.parent
        outer = arguments.parent if arguments.type == "arguments" else None
        if outer is not None and callee_name(ctx, outer) == "transaction":
            name = _bound_name(ctx, outer)
            return (name, ctx.enclosing_function(outer)) if name else None
        if outer is None or outer.type != "call_expression":
            break
        function = ctx.enclosing_function(outer)  # Ex) rows.forEach((r) => insert.run(r))
    if function is None:
        return None
    name = ctx.binding_name(function)
    if not name or ctx.index.local_functions.get(name) != function:
        return None
    return name, ctx.enclosing_function(function)


def _bound_name(ctx: JsContext, node: Node) -> str:
    """``insert`` for ``const insert = db.prepare(…)``, ``this.insert`` for ``this.insert =
    db.prepare(…)``; '' when the value is not bound to a name, or is the awaited result of a
    write (``const user = await User.create(…)``) rather than something to run."""
    parent = node.parent
    while parent is not None and parent.type == "parenthesized_expression":
        parent = parent.parent
    if parent is None:
        return ""
    if parent.type == "pair" and parent.parent is not None:
        # Ex) const stmts = { insert: db.prepare("INSERT …") }   -- run as stmts.insert.run(…)
        holder = _bound_name(ctx, parent.parent)
        key = ctx.text_of(parent.child_by_field_name("key"))
        return f"{holder}.{key}" if holder and re.fullmatch(r"[\w$]+", key) else ""
    if parent.type == "variable_declarator" and parent.child_by_field_name("value") is not None:
        name = parent.child_by_field_name("name")
        return ctx.text_of(name) if name is not None and name.type == "identifier" else ""
    if parent.type in ("assignment_expression", "public_field_definition"):
        target = parent.child_by_field_name("left") or parent.child_by_field_name("name")
        if target is None:
            return ""
        text = ctx.text_of(target)
        return text if parent.type == "assignment_expression" else f"this.{text}"
    return ""


WRITE_STREAM = re.compile(
    rb"(?<![\w$])((?:this\.)?[\w$]+)\s*=\s*(?:[\w$]+\.)*createWriteStream\s*\(\s*([^,)\n]{1,60})"
)


def _stream_error_handlers(ctx: JsContext) -> dict[Node, tuple[str, str]]:
    """``out.on("error", () => process.exit(1))`` on ``out = fs.createWriteStream(path)``: every
    failed write to the stream ends there."""
    found: dict[Node, tuple[str, str]] = {}
    if b"createWriteStream" not in ctx.source:
        return found
    streams = {m.group(1).decode(): m.group(2).decode() for m in WRITE_STREAM.finditer(ctx.source)}
    for call in ctx.index.calls:
        function = call.child_by_field_name("function")
        args = arguments_of(call)
        if (
            function is None
            or function.type != "member_expression"
            or callee_name(ctx, call) not in ("on", "once")
            or len(args) != 2
            or ctx.text_of(args[0])[1:-1] != "error"
        ):
            continue
        stream = ctx.text_of(function.child_by_field_name("object"))
        if stream in streams:
            what = (
                f"a write to the `{stream}` stream (createWriteStream({streams[stream].strip()}))"
            )
            found[args[1]] = (what, f"when {what} fails")
    return found


# A worker or child process that hands the error to its parent before it exits.
TO_PARENT = re.compile(
    r"^(?:parentPort\??\.postMessage|process\.send|self\.postMessage|postMessage)$"
)


def _reported_to_parent(ctx: JsContext, handler: Node, exit_node: Node) -> bool:
    """``parentPort.postMessage({ error: String(err) })`` / ``process.send({ failed: id, err })``
    before the exit, in the failure handler: the parent gets the failure and logs it."""
    for call in ctx.index.calls:
        if not handler.start_byte <= call.start_byte < exit_node.start_byte:
            continue
        if TO_PARENT.match(ctx.text_of(call.child_by_field_name("function"))) and re.search(
            r"err|fail|reason", ctx.text_of(call.child_by_field_name("arguments")), re.IGNORECASE
        ):
            return True
    return False


def _throws(function: Node) -> list[Node]:
    """The ``throw`` statements of a handler (not of functions nested in it)."""
    found: list[Node] = []
    stack = list(function.named_children)
    while stack:
        node = stack.pop()
        if node.type == "throw_statement":
            found.append(node)
        elif node.type not in FUNCTION_NODES:
            stack.extend(node.named_children)
    return found


def _outer_catches(ctx: JsContext, node: Node) -> list[Node]:
    """The ``.catch`` handlers a failure of ``node`` reaches: its own chain, then through
    ``Promise.all([...])``/``Promise.all(xs.map(cb))`` and callbacks whose promise the enclosing
    call returns (``db.transaction(async (tx) => …).catch(…)``)."""
    found: list[Node] = []
    current = node
    for _ in range(4):
        top, catches, _thens = climb(ctx, current)
        found += catches
        parent = top.parent
        if parent is not None and parent.type == "array":
            parent = parent.parent  # Ex) Promise.all([write(a), write(b)])
        if parent is not None and parent.type == "await_expression":
            parent = parent.parent.parent if parent.parent is not None else None
        call = parent.parent if parent is not None and parent.type == "arguments" else None
        if call is not None and COMBINATORS.match(
            ctx.text_of(call.child_by_field_name("function"))
        ):
            current = call
            continue
        # Ex) rows.map((r) => pool.query(…)) / transaction(async (tx) => { await tx.insert(…) })
        function = ctx.enclosing_function(top)
        if function is None or not _returned_or_awaited(top, function):
            break
        arguments = function.parent
        if arguments is None or arguments.type != "arguments" or arguments.parent is None:
            break
        current = arguments.parent
    return found


def _returned_or_awaited(top: Node, function: Node) -> bool:
    """``top`` is the callback's result (its body, returned) or awaited at its top level."""
    parent = top.parent
    if parent is None:
        return False
    if parent == function or parent.type == "return_statement":
        return True
    return parent.type == "await_expression"


def _exits(ctx: JsContext) -> list[tuple[Node, str]]:
    """``process.exit(…)`` / ``process.abort()`` calls, ``process.exitCode = 1``, and calls of
    local helpers that exit without logging (``function bail() { process.exit(2) }``)."""
    found: list[tuple[Node, str]] = []
    helpers: dict[str, str] = {}
    for call in ctx.index.calls:
        exit_call = ctx.text_of(call.child_by_field_name("function"))
        if exit_call in EXIT_CALLS:
            found.append((call, exit_call))
            helper = ctx.enclosing_function(call)
            name = ctx.binding_name(helper) if helper is not None else ""
            if (
                name
                and ctx.index.local_functions.get(name) == helper
                and not any(
                    helper.start_byte <= other.start_byte < call.start_byte
                    and log_level(ctx, other)
                    for other in ctx.index.calls
                )
            ):
                helpers[name] = f"{name}()"
    if helpers:
        for call in ctx.index.calls:
            function = call.child_by_field_name("function")
            if function is not None and function.type == "identifier":
                described = helpers.get(ctx.text_of(function))
                if described:
                    found.append((call, described))
    for match in EXIT_CODE.finditer(ctx.source):
        node = ctx.tree.root_node.descendant_for_byte_range(match.start(), match.start() + 1)
        while node is not None and node.type != "assignment_expression":
            node = node.parent
        if node is not None and node.start_byte == match.start():
            found.append((node, "process.exitCode = …"))
    return found


def _runner_catches(ctx: JsContext) -> dict[Node, tuple[str, str]]:
    """``Effect.runPromise(program).catch(() => process.exit(1))`` where ``program`` writes."""
    found: dict[Node, tuple[str, str]] = {}
    if b"run" not in ctx.source:
        return found
    for call in ctx.index.calls:
        function = call.child_by_field_name("function")
        args = arguments_of(call)
        if function is None or not args or not RUNNERS.match(ctx.text_of(function)):
            continue
        catches = climb(ctx, call)[1]
        if not catches:
            continue
        subject = args[0]
        value = _value_node(ctx, subject) if subject.type == "identifier" else None
        span = value if value is not None else subject
        text = ctx.text_of(span)
        inner = next(
            (w for w in ctx.writes.all() if span.start_byte <= w.node.start_byte < span.end_byte),
            None,
        )
        if inner is None and not WRITE_WORDS.search(text):
            continue
        described = inner.what if inner is not None else _write_word(text)
        runner = ctx.text_of(function)
        for handler in catches:
            found[handler] = (
                described,
                f"when {described}, in the program run by `{runner}`, fails",
            )
    return found


def _value_node(ctx: JsContext, node: Node) -> Node | None:
    """The initialiser of the last ``const/let/var <node> = …`` before ``node``, in any scope."""
    name = re.escape(ctx.source[node.start_byte : node.end_byte])
    pattern = re.compile(rb"\b(?:const|let|var)\s+" + name + rb"\s*(?::[^=;]+)?=")
    matches = list(pattern.finditer(ctx.source, 0, node.start_byte))
    if not matches:
        return None
    start = matches[-1].start()
    found = ctx.tree.root_node.descendant_for_byte_range(start, start + 1)
    while found is not None and found.type not in ("lexical_declaration", "variable_declaration"):
        found = found.parent
    declarator = (
        next((c for c in found.named_children if c.type == "variable_declarator"), None)
        if found is not None
        else None
    )
    return declarator.child_by_field_name("value") if declarator is not None else None


def _enclosing_catch(node: Node) -> Node | None:
    """The ``catch`` clause of the ``try`` around ``node``; a callback counts as inside the
    ``try`` when the call it is passed to is awaited there (``await session.withTransaction(
    async () => { … })``), since its failure then rejects into the ``try``."""
    current = node
    parent = node.parent
    while parent is not None:
        if parent.type in FUNCTION_NODES:
            call = _awaited_call_of(parent)
            if call is None:
                return None
            current, parent = call, call.parent
            continue
        if parent.type == "try_statement" and parent.child_by_field_name("body") == current:
            return parent.child_by_field_name("handler")
        current = parent
        parent = parent.parent
    return None


FUNCTION_NODES = frozenset(
    {"arrow_function", "function_expression", "function_declaration", "method_definition"}
)


def _awaited_call_of(function: Node) -> Node | None:
    """The call ``function`` is an argument of, when that call is awaited."""
    arguments = function.parent
    call = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    if call is None or call.type != "call_expression":
        return None
    above = call.parent
    while above is not None and above.type == "parenthesized_expression":
        above = above.parent
    return call if above is not None and above.type == "await_expression" else None
