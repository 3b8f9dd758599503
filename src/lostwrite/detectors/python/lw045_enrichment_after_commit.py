"""LW045 enrichment-after-commit (Python).

## What it does
Checks for a record that is written first and enriched afterwards, where the enrichment never
reaches the store:

- after the write, a callback is scheduled (``asyncio.create_task``, ``ensure_future``,
  ``loop.run_in_executor``, ``call_soon``/``call_later``, ``add_done_callback``,
  ``executor.submit``, ``BackgroundTasks.add_task``, ``threading.Thread``/``Timer``, an
  ``anyio``/``trio`` ``start_soon``) whose function sets a field on that same record
  (``row["verdict"] = ...``, ``row.tags = ...``, ``row.update(...)``) and writes nothing;
- or, without a callback, the function sets an enrichment field (a verdict, a
  classification, tags, a score, an embedding, a summary…) on the record after writing it
  (``row["x"] = ...``, ``row.x = ...``, ``row.update({...})``) and never writes it again;
- or a job queued after the write (a Celery/Dramatiq/RQ task in the file, ``.delay()``,
  ``.send()``) loads the stored record, sets an enrichment field and never saves it.

A callback that persists its result (calls a write) and an enrichment computed before the
write are not flagged.

## Why is this bad?
The stored record was serialised before the enrichment existed. The callback changes only
the in-memory copy, which is dropped when the request ends or the process exits; if the
callback fails, is cancelled, or loses the race with shutdown, nothing even notices. Readers
of the store see records without the field, silently.

## Example
```python
async def record_turn(store, turn):
    row = {"id": turn.id, "text": turn.text, "would_have_asked": True}
    await store.insert(row)

    async def enrich():
        classifier = await load_classifier()
        row["classifier_verdict"] = classifier(turn.text)

    asyncio.create_task(enrich())
```

Use instead:
```python
from myapp.classifier import classify  # pure: import it once, at module load

async def record_turn(store, turn):
    row = {"id": turn.id, "text": turn.text, "would_have_asked": True}
    row["classifier_verdict"] = classify(turn.text)  # before the commit
    await store.insert(row)
```
"""

from __future__ import annotations

import ast
import re

import ahocorasick_rs

from lostwrite.detectors.python.context import PythonContext
from lostwrite.detectors.python.flow import before, own_nodes, writes_among
from lostwrite.detectors.python.semantic import FunctionNode, SemanticModel, call_name, dotted
from lostwrite.detectors.python.writes import Write, WriteIndex, write_index

CODE = "LW045"
ENRICHMENT_STEMS = (
    "tag",
    "label",
    "score",
    "summar",
    "categor",
    "classif",
    "detect",
    "analy",
    "predict",
    "infer",
    "embed",
    "risk",
    "topic",
    "keyword",
    "enrich",
    "verdict",
    "annotat",
    "sentiment",
    "moderat",
    "translat",
    "fraud",
    "caption",
    "transcri",
    "thumbnail",
    "geocod",
    "toxic",
    "nsfw",
)
ENRICHMENT = re.compile("|".join(ENRICHMENT_STEMS))
TRIGGERS = (
    b"Thread",
    b"submit",
    b"_task",
    b"executor",
    b"future",
    b"call_",
    b"callback",
    b"Timer",
    b"start_soon",
    b"spawn",
    b"threadsafe",
    b"import_module",
    b"__import__",
    *(stem.encode() for stem in ENRICHMENT_STEMS),
)

# Scheduling call name -> where the callable is: ("call", i) a coroutine call at args[i];
# ("ref", i) a function reference at args[i] with its arguments after it.
SCHEDULERS: dict[str, tuple[str, int]] = {
    "create_task": ("call", 0),
    "ensure_future": ("call", 0),
    "run_coroutine_threadsafe": ("call", 0),
    "spawn": ("call", 0),
    "run_in_executor": ("ref", 1),
    "call_soon": ("ref", 0),
    "call_soon_threadsafe": ("ref", 0),
    "call_later": ("ref", 1),
    "call_at": ("ref", 1),
    "add_done_callback": ("ref", 0),
    "submit": ("ref", 0),
    "add_task": ("ref", 0),
    "start_soon": ("ref", 0),
    "Thread": ("ref", -1),
    "Timer": ("ref", 1),
}
WRAPPERS = frozenset(
    {"to_thread", "run_in_threadpool", "run_sync", "sync_to_async", "wait_for", "shield"}
)
MUTATORS = frozenset(
    {"update", "setdefault", "__setitem__", "append", "extend", "add", "insert", "pop"}
)
JOB_DECORATORS = frozenset(("shared_task", "task", "actor", "job", "periodic_task"))
JOB_SENDS = frozenset(("delay", "apply_async", "send", "send_with_options", "kiq"))
JOB_HINT = re.compile(r"\.(?:delay|apply_async|send|send_with_options|kiq)\(")
LOADERS = frozenset(
    ("get", "aget", "get_or_none", "first", "one", "scalar_one", "find_one", "get_by_id", "load")
)

SCHEDULER_NAMES = ahocorasick_rs.BytesAhoCorasick([name.encode() for name in SCHEDULERS])
ENRICHMENT_WORDS = ahocorasick_rs.BytesAhoCorasick(
    [stem.encode() for stem in (*ENRICHMENT_STEMS, "import_module", "__import__")]
)
CALL_OPENS = re.compile(rb"\s*\(")
# A statement that sets a field of something other than self/cls: row.tags = / row["x"] += /
# row.update(...) / row.setdefault(...)
FIELD_ASSIGNMENT = re.compile(
    rb"[ \t]*(?!self\b|cls\b)[A-Za-z_]\w*(?:(?:\.\w+|\[[^\n]*?\])+[ \t]*"
    rb"(?:[-+*/%&|^@]|//|<<|>>|\*\*)?=(?!=)|\s*\.\s*(?:update|setdefault)\s*\()"
)
JOB_SEND = re.compile(JOB_HINT.pattern.encode())
STATEMENT_LINES = 8  # how far up an enrichment word may be from its statement's first line
WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def prefilter(data: bytes) -> bool:
    """Sharper than the triggers (the enrichment words are in many files): a call of a
    scheduler (``create_task(``, ``add_done_callback(``, ``Thread(``…),
    a field set with an enrichment word (``row["verdict"] = classify(...)``,
    ``row.update({"sentiment": ...})``), or a job queued with ``.delay(``/``.send(``…."""
    for _, start, end in SCHEDULER_NAMES.find_matches_as_indexes(data, overlapping=True):
        if (start == 0 or data[start - 1] not in WORD_BYTES) and CALL_OPENS.match(data, end):
            return True
    if JOB_SEND.search(data):
        return True
    for _, start, _ in ENRICHMENT_WORDS.find_matches_as_indexes(data.lower()):
        line = data.rfind(b"\n", 0, start) + 1
        for _ in range(STATEMENT_LINES):
            if FIELD_ASSIGNMENT.match(data, line):
                return True
            if line == 0:
                break
            line = data.rfind(b"\n", 0, line - 1) + 1
    return False


JOB_MESSAGE = (
    "{job}() loads {record} after {write} (line {line}) stored it, sets {field} and never "
    "writes it back: the job changes only its own in-memory copy, so the stored record never "
    "gets {field}. Save the field in the job (e.g. {record}.save(update_fields=[...]) or an "
    "UPDATE), or compute it before the first write"
)
CALLBACK_MESSAGE = (
    "{record} is stored by {write} (line {line}), then {callee} (scheduled with {scheduler}) "
    "sets {field} on it and writes nothing: the change lands only on the in-memory copy, so "
    "the stored record never gets {field}, and if the callback fails or is cancelled nothing "
    "notices. Compute the enrichment before the write, or have the callback persist its "
    "result (update the stored record)"
)
APPLIED_MESSAGE = (
    "{callee}() sets {field} on {record} after {write} (line {line}) already stored it, and "
    "nothing writes {record} again: the stored data lacks {field} while the in-memory copy has "
    "it. Compute it before the write, or write the record again after setting it"
)
SEQUENTIAL_MESSAGE = (
    "{field} is set on {record} after {write} (line {line}) already stored it, and nothing "
    "writes {record} again: the stored record lacks {field} while this copy has it. Compute "
    "it before the write, or write the record again after setting it"
)


def check(ctx: PythonContext) -> None:
    model = ctx.model
    # Only functions that schedule a callback or set a field after the fact can be at risk:
    # find those first (cheap), and look for their writes only then.
    candidates: dict[FunctionNode, None] = {}
    for call in model.of_type(ast.Call):
        if call_name(call) in SCHEDULERS:
            function = model.enclosing_function(call)
            if function is not None:
                candidates[function] = None
    enrichers: set[str] = set()
    for call in model.of_type(ast.Call):
        if _enrichment_update(call) is not None:
            function = model.enclosing_function(call)
            if function is not None:
                candidates[function] = None
    for kind in (ast.Assign, ast.AugAssign):
        for statement in model.of_type(kind):
            if _enrichment_assignment(statement):
                function = model.enclosing_function(statement)
                if function is not None:
                    candidates[function] = None
                    if _sets_on_parameter(statement, function):
                        enrichers.add(function.name)
    # Ex) a function that calls a local enricher on records it stored: enrich(row)
    if enrichers:
        for call in model.of_type(ast.Call):
            if call_name(call) in enrichers:
                function = model.enclosing_function(call)
                if function is not None:
                    candidates[function] = None
    jobs = _enqueued_jobs(model) if JOB_HINT.search(ctx.source) else {}
    if not candidates and not jobs:
        return
    index = write_index(ctx)
    for function in candidates:
        writes = writes_among(index, function.body)
        if writes:
            _check_function(ctx, index, function, writes)
    for job, enqueue in jobs.items():
        _check_job(ctx, index, job, enqueue)


def _enqueued_jobs(model: SemanticModel) -> dict[FunctionNode, ast.Call]:
    """Local task functions (``@shared_task``, ``@app.task``, ``@actor``, ``@job``) and the
    first ``.delay()``/``.apply_async()``/``.send()`` that queues each of them."""
    tasks: dict[str, FunctionNode] = {}
    for kind in (ast.FunctionDef, ast.AsyncFunctionDef):
        for function in model.of_type(kind):
            for decorator in function.decorator_list:
                name = dotted(decorator.func if isinstance(decorator, ast.Call) else decorator)
                if name.split(".")[-1] in JOB_DECORATORS:
                    tasks[function.name] = function
    found: dict[FunctionNode, ast.Call] = {}
    if not tasks:
        return found
    for call in model.of_type(ast.Call):
        func = call.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr in JOB_SENDS
            and isinstance(func.value, ast.Name)
            and func.value.id in tasks
        ):
            found.setdefault(tasks[func.value.id], call)
    return found


def _check_job(ctx: PythonContext, index: WriteIndex, job: FunctionNode, enqueue: ast.Call) -> None:
    """``label_message.delay(m.pk)`` after ``Message.objects.create(...)``, where the task
    loads the message, sets ``message.label`` and never saves it."""
    if index.function(job) is not None:
        return  # the job writes something: it persists its result
    caller = ctx.model.enclosing_function(enqueue)
    if caller is None:
        return
    stored = [w for w in writes_among(index, caller.body) if before(w.call, enqueue)]
    if not stored:
        return
    loaded: set[str] = set()
    for node in sorted(own_nodes(job.body), key=_position):
        # Ex) message = Message.objects.get(pk=message_id) / row = await session.get(Row, id)
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
        ):
            value = node.value.value if isinstance(node.value, ast.Await) else node.value
            if isinstance(value, ast.Call) and call_name(value) in LOADERS:
                loaded.add(node.targets[0].id)
        elif isinstance(node, ast.Assign | ast.AugAssign) and _enrichment_assignment(node):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if _mutated_name(target) in loaded:
                    write = stored[-1]
                    ctx.report(
                        CODE,
                        node,
                        JOB_MESSAGE.format(
                            job=job.name,
                            record=_mutated_name(target),
                            field=_field_text(target),
                            write=write.label,
                            line=write.call.lineno,
                        ),
                        call=f"{job.name}()",
                    )
                    return


def _enrichment_assignment(statement: ast.Assign | ast.AugAssign) -> bool:
    """``x["verdict"] = ...`` / ``x.tags = ...`` / ``x[k] = classify(...)``."""
    targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
    return any(
        isinstance(t, ast.Subscript | ast.Attribute)
        and _root_name(t) not in (None, "self", "cls")
        and (ENRICHMENT.search(_field_of(t).lower()) or _enriching_value(statement.value))
        for t in targets
    )


def _check_function(
    ctx: PythonContext, index: WriteIndex, function: FunctionNode, writes: list[Write]
) -> None:
    model = ctx.model
    records = {name: write for write in reversed(writes) for name in _records(write.call, model)}
    if not records:
        return
    # Ex) payment = {"id": payment_id, "account": account}; execute(INSERT, payment_id,
    #     account): the dict holds what was stored, field by field
    for node in own_nodes(function.body):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Dict)
        ):
            stored = [
                v.id for v in node.value.values if isinstance(v, ast.Name) and v.id in records
            ]
            if len(stored) >= 2:
                records.setdefault(node.targets[0].id, records[stored[0]])
    nodes = sorted(own_nodes(function.body), key=_position)
    collections = _stored_collections(records, ctx.model)
    reported: set[ast.AST] = set()
    for node in nodes:
        # Ex) await store.insert(row); asyncio.create_task(enrich())  -- enrich sets row[...]
        if isinstance(node, ast.Call) and call_name(node) in SCHEDULERS:
            _check_scheduled(ctx, index, function, node, records, writes)
        # Ex) await db.reviews.insert_one(review); review.update({"sentiment": score(text)})
        elif isinstance(node, ast.Call) and _enrichment_update(node) is not None:
            _check_sequential_update(ctx, node, records, writes)
        # Ex) for row in rows: insert(row) ... await asyncio.gather(*(enrich(r) for r in rows))
        elif isinstance(node, ast.Call) and (collections or records):
            _check_applied(ctx, index, function, node, records, collections, writes, reported)
        # Ex) await store.insert(row); row["verdict"] = await classify(row)
        elif isinstance(node, ast.Assign | ast.AugAssign):
            _check_sequential(ctx, function, node, records, writes)


def _committed_by_block(statement: ast.AST, write: Write, model: SemanticModel) -> bool:
    """``statement`` and a SQLAlchemy ``add``/``merge``/``flush`` of the record (a tracked
    object; not Django's ``save()``, which copies the fields at once) run inside the same
    ``with session.begin()`` / ``transaction.atomic()`` block, which commits at its end."""
    if call_name(write.call) not in ("add", "add_all", "merge", "flush"):  # a unit of work
        return False
    for ancestor in model.ancestors(statement):
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            return False
        if isinstance(ancestor, ast.With | ast.AsyncWith) and any(
            isinstance(item.context_expr, ast.Call)
            and call_name(item.context_expr) in ("begin", "begin_nested", "atomic", "transaction")
            for item in ancestor.items
        ):
            return any(a is ancestor for a in model.ancestors(write.call))
    return False


def _sets_on_parameter(statement: ast.Assign | ast.AugAssign, function: FunctionNode) -> bool:
    """``row["geo"] = ...`` where ``row`` is a parameter: the function enriches what it is
    given (a candidate for :func:`_check_applied` at its call sites)."""
    params = {a.arg for a in (*function.args.posonlyargs, *function.args.args)} - {"self", "cls"}
    targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
    return any(_mutated_name(t) in params for t in targets)


def _check_scheduled(
    ctx: PythonContext,
    index: WriteIndex,
    function: FunctionNode,
    scheduler: ast.Call,
    records: dict[str, Write],
    writes: list[Write],
) -> None:
    model = ctx.model
    target = _scheduled_callable(scheduler)
    if target is None:
        return
    callee_expr, passed = target
    # Ex) loop.call_later(1, functools.partial(annotate, record))
    if isinstance(callee_expr, ast.Call) and model.resolve(callee_expr.func) == "functools.partial":
        if not callee_expr.args:
            return
        passed = [*callee_expr.args[1:], *passed]
        callee_expr = callee_expr.args[0]
    body, params = _callable_body(callee_expr, function, model)
    if body is None:
        return
    for name, write in records.items():
        if not before(write.call, scheduler):
            continue
        inner = _inner_name(name, passed, params)
        if inner is None:
            continue
        mutation = _mutation(body, inner, index)
        if mutation is None:
            continue
        callback = _callee_text(callee_expr)
        if writes_among(index, body):
            ctx.accept(CODE, scheduler, "callback persists its result", call=write.label)
            return
        if _rewritten_after(name, scheduler, writes):
            ctx.accept(CODE, scheduler, "record written again after the callback")
            return
        ctx.report(
            CODE,
            scheduler,
            CALLBACK_MESSAGE.format(
                record=name,
                write=write.describe(),
                line=write.call.lineno,
                callee=callback,
                scheduler=dotted(scheduler.func) or call_name(scheduler),
                field=_field_text(mutation),
            ),
            risk="medium",
            call=write.label,
        )
        return


def _stored_collections(records: dict[str, Write], model: SemanticModel) -> dict[str, Write]:
    """``rows`` -> its write, for ``for row in rows: db.execute(..., row)``: every element of
    the collection was stored."""
    found: dict[str, Write] = {}
    for name, write in records.items():
        for ancestor in model.ancestors(write.call):
            if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                break
            if (
                isinstance(ancestor, ast.For | ast.AsyncFor)
                and isinstance(ancestor.target, ast.Name)
                and ancestor.target.id == name
                and isinstance(ancestor.iter, ast.Name)
            ):
                found.setdefault(ancestor.iter.id, write)
    return found


def _element_of(arg: ast.expr, node: ast.AST, model: SemanticModel) -> str | None:
    """The collection ``arg`` iterates: ``r`` in ``(enrich(r) for r in rows)`` or in
    ``for r in rows: enrich(r)`` -> ``rows``."""
    if not isinstance(arg, ast.Name):
        return None
    for ancestor in model.ancestors(node):
        generators = getattr(ancestor, "generators", None)
        if isinstance(ancestor, ast.For | ast.AsyncFor):
            generators = [ancestor]
        for generator in generators or ():
            target, iterable = generator.target, generator.iter
            if isinstance(target, ast.Name) and target.id == arg.id:
                return iterable.id if isinstance(iterable, ast.Name) else None
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef):
            break
    return None


def _check_applied(
    ctx: PythonContext,
    index: WriteIndex,
    function: FunctionNode,
    call: ast.Call,
    records: dict[str, Write],
    collections: dict[str, Write],
    writes: list[Write],
    reported: set[ast.AST],
) -> None:
    """A local function called on a stored record (or on each stored element) after the
    write, that sets an enrichment field on it and writes nothing."""
    model = ctx.model
    for ancestor in model.ancestors(call):  # the payload of a scheduler: judged as a callback
        if isinstance(ancestor, ast.stmt):
            break
        if isinstance(ancestor, ast.Call) and call_name(ancestor) in SCHEDULERS:
            return
    target = _local_function(call.func, function, model)
    if target is None or target is function:
        return
    body, params = _callable_body(call.func, function, model)
    if body is None:
        return
    for position, arg in enumerate(call.args[: len(params)]):
        name = arg.id if isinstance(arg, ast.Name) and arg.id in records else None
        write = records.get(name) if name else None
        if write is None:
            collection = _element_of(arg, call, model)
            write = collections.get(collection or "")
            name = collection
        if write is None or name is None or not before(write.call, call):
            continue
        enrichment = next(
            (
                t
                for n in own_nodes(body)
                if isinstance(n, ast.Assign | ast.AugAssign) and _enrichment_assignment(n)
                for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
                if _mutated_name(t) == params[position]
            ),
            None,
        )
        if enrichment is None or writes_among(index, body):
            continue
        if _rewritten_after(name, call, writes) or _later_write(call, writes):
            ctx.accept(CODE, call, "record written again after the enrichment")
            return
        if target in reported:
            return
        reported.add(target)
        ctx.report(
            CODE,
            call,
            APPLIED_MESSAGE.format(
                callee=target.name,
                field=_field_text(enrichment),
                record=name,
                write=write.describe(),
                line=write.call.lineno,
            ),
            risk="medium",
            call=write.label,
        )
        return


def _enrichment_update(call: ast.Call) -> str | None:
    """``row.update({"sentiment": score(t)})`` / ``row.update(tags=tag(t))`` with a computed
    enrichment field: the field's name, else None."""
    func = call.func
    if not (
        isinstance(func, ast.Attribute)
        and func.attr in ("update", "setdefault")
        and isinstance(func.value, ast.Name)
        and func.value.id not in ("self", "cls")
    ):
        return None
    pairs: list[tuple[str, ast.expr]] = [(k.arg, k.value) for k in call.keywords if k.arg]
    if func.attr == "update" and call.args and isinstance(call.args[0], ast.Dict):
        pairs += [
            (key.value, value)
            for key, value in zip(call.args[0].keys, call.args[0].values, strict=True)
            if isinstance(key, ast.Constant) and isinstance(key.value, str)
        ]
    elif func.attr == "setdefault" and len(call.args) == 2:
        key = call.args[0]
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            pairs.append((key.value, call.args[1]))
    for name, value in pairs:
        computed = any(isinstance(n, ast.Call | ast.Await) for n in ast.walk(value))
        if (ENRICHMENT.search(name.lower()) and computed) or _enriching_value(value):
            return name
    return None


def _check_sequential_update(
    ctx: PythonContext, call: ast.Call, records: dict[str, Write], writes: list[Write]
) -> None:
    assert isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name)
    name = call.func.value.id
    field = _enrichment_update(call)
    write = records.get(name)
    if write is None or field is None or not before(write.call, call):
        return
    if _rewritten_after(name, call, writes) or _later_write(call, writes):
        ctx.accept(CODE, call, "record written again after the enrichment")
        return
    ctx.report(
        CODE,
        call,
        SEQUENTIAL_MESSAGE.format(
            field=repr(field), record=name, write=write.describe(), line=write.call.lineno
        ),
        risk="medium",
        call=write.label,
    )


def _check_sequential(
    ctx: PythonContext,
    function: FunctionNode,
    statement: ast.Assign | ast.AugAssign,
    records: dict[str, Write],
    writes: list[Write],
) -> None:
    targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
    for target in targets:
        name = _mutated_name(target)
        if name is None or name not in records:
            continue
        write = records[name]
        if not before(write.call, statement):
            continue
        field = _field_of(target)
        # Ex) row["verdict"] = classify(text)  /  doc.tags = await tagger.tag(doc)
        #     (not row["category_name"] = names[row["category_id"]]: a lookup for a reply)
        computed = any(isinstance(n, ast.Call | ast.Await) for n in ast.walk(statement.value))
        if not (
            (ENRICHMENT.search(field.lower()) and computed) or _enriching_value(statement.value)
        ):
            continue
        if _rewritten_after(name, statement, writes) or _later_write(statement, writes):
            ctx.accept(CODE, statement, "record written again after the enrichment")
            return
        # Ex) async with session.begin(): session.add(a); await session.flush(); a.topics = ...
        #     -- the ORM commits the tracked object when the block ends
        if _committed_by_block(statement, write, ctx.model):
            ctx.accept(CODE, statement, "set inside the transaction that commits the record")
            return
        ctx.report(
            CODE,
            statement,
            SEQUENTIAL_MESSAGE.format(
                field=_field_text(target),
                record=name,
                write=write.describe(),
                line=write.call.lineno,
            ),
            risk="medium",
            call=write.label,
        )
        return


# --- records and mutations ---------------------------------------------------------------------


def _records(call: ast.Call, model: SemanticModel) -> set[str]:
    """Local names a write stores: its arguments (also inside ``json.dumps(row)``,
    ``{**row}``, ``row.dict()``), an ORM receiver (``await doc.insert()``), and the name its
    result is bound to (``comment = Comment.objects.create(...)``)."""
    names: set[str] = set()
    parent = model.parent(call)
    if isinstance(parent, ast.Await):
        parent = model.parent(parent)
    if isinstance(parent, ast.Assign):
        names.update(t.id for t in parent.targets if isinstance(t, ast.Name))
    for arg in [*call.args, *(k.value for k in call.keywords)]:
        for node in ast.walk(arg):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                names.add(node.id)
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        names.add(func.value.id)
    return {n for n in names if n not in ("self", "cls") and n not in model.imports}


def _mutated_name(target: ast.expr) -> str | None:
    """``row`` for ``row["x"] = ...`` / ``row.x = ...`` / ``row["a"]["b"] = ...``."""
    if not isinstance(target, ast.Subscript | ast.Attribute):
        return None
    return _root_name(target)


def _root_name(expr: ast.expr) -> str | None:
    while isinstance(expr, ast.Subscript | ast.Attribute):
        expr = expr.value
    return expr.id if isinstance(expr, ast.Name) else None


def _mutation(
    body: list[ast.AST], name: str, index: WriteIndex, follow: bool = True
) -> ast.AST | None:
    """The first statement or call in ``body`` that changes the object bound to ``name``,
    looking one call deep into a local helper it is passed to (``apply_verdict(row, v)``)."""
    for node in sorted(own_nodes(body), key=_position):
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if _mutated_name(target) == name:
                    return target
        elif isinstance(node, ast.Call):
            func = node.func
            if (
                isinstance(func, ast.Attribute)
                and func.attr in MUTATORS
                and _root_name(func.value) == name
            ):
                return node
            if (
                isinstance(func, ast.Name)
                and func.id == "setattr"
                and node.args
                and isinstance(node.args[0], ast.Name)
                and node.args[0].id == name
            ):
                return node
            if follow:
                found = _mutation_in_helper(node, name, index)
                if found is not None:
                    return found
    return None


def _mutation_in_helper(call: ast.Call, name: str, index: WriteIndex) -> ast.AST | None:
    helper = index.callee(call)
    if helper is None:
        return None
    params = [a.arg for a in (*helper.args.posonlyargs, *helper.args.args)]
    if params and params[0] in ("self", "cls") and isinstance(call.func, ast.Attribute):
        params = params[1:]
    for position, arg in enumerate(call.args):
        if isinstance(arg, ast.Name) and arg.id == name and position < len(params):
            return _mutation(list(helper.body), params[position], index, follow=False)
    return None


def _field_of(target: ast.AST) -> str:
    if isinstance(target, ast.Subscript):
        key = target.slice
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            return key.value
        return ast.unparse(key)
    if isinstance(target, ast.Attribute):
        return target.attr
    if isinstance(target, ast.Call):
        if call_name(target) == "setattr" and len(target.args) > 1:
            return _field_of(ast.Attribute(value=target.args[0], attr=_literal(target.args[1])))
        keys = [k.arg for k in target.keywords if k.arg]
        if target.args and isinstance(target.args[0], ast.Dict):
            keys += [_literal(k) for k in target.args[0].keys if k is not None]
        return ", ".join(keys)
    return ""


def _field_text(target: ast.AST) -> str:
    field = _field_of(target)
    return repr(field) if field else "a field"


def _literal(expr: ast.expr) -> str:
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return expr.value
    return ast.unparse(expr)


def _enriching_value(value: ast.expr | None) -> bool:
    """The assigned value comes from a classifier/enricher call or a lazy import."""
    if value is None:
        return False
    for node in ast.walk(value):
        if isinstance(node, ast.Call):
            name = dotted(node.func)
            if ENRICHMENT.search(name.lower()) or name in ("importlib.import_module", "__import__"):
                return True
    return False


def _rewritten_after(name: str, after: ast.AST, writes: list[Write]) -> bool:
    return any(before(after, write.call) and name in _names_in(write.call) for write in writes)


def _later_write(after: ast.AST, writes: list[Write]) -> bool:
    """A commit/flush after ``after``: an ORM session persists the tracked object too."""
    return any(
        before(after, write.call) and call_name(write.call) in ("commit", "flush", "save")
        for write in writes
    )


def _names_in(call: ast.Call) -> set[str]:
    return {n.id for n in ast.walk(call) if isinstance(n, ast.Name)}


# --- the scheduled callable --------------------------------------------------------------------


def _scheduled_callable(call: ast.Call) -> tuple[ast.expr, list[ast.expr]] | None:
    """The callable a scheduling call runs later and the arguments it passes to it."""
    style, position = SCHEDULERS[call_name(call)]
    if style == "call":
        if len(call.args) <= position:
            return None
        inner = call.args[position]
        while isinstance(inner, ast.Call) and call_name(inner) in WRAPPERS:
            # Ex) create_task(asyncio.to_thread(enrich, row)) / create_task(wait_for(f(row), 5))
            if call_name(inner) in ("wait_for", "shield"):
                inner = inner.args[0] if inner.args else None
                continue
            if not inner.args:
                return None
            return inner.args[0], list(inner.args[1:])
        if not isinstance(inner, ast.Call):
            return None
        return inner.func, list(inner.args)
    if position == -1 or call_name(call) == "Timer":  # Thread(target=f, args=(row,))
        target = next((k.value for k in call.keywords if k.arg in ("target", "function")), None)
        if target is None and call_name(call) == "Timer" and len(call.args) > 1:
            target = call.args[1]
        if target is None:
            return None
        args = next((k.value for k in call.keywords if k.arg == "args"), None)
        passed = list(args.elts) if isinstance(args, ast.Tuple | ast.List) else []
        if call_name(call) == "Timer" and len(call.args) > 2:
            extra = call.args[2]
            passed = list(extra.elts) if isinstance(extra, ast.Tuple | ast.List) else passed
        return target, passed
    if len(call.args) <= position:
        return None
    return call.args[position], list(call.args[position + 1 :])


def _callable_body(
    expr: ast.expr, function: FunctionNode, model: SemanticModel
) -> tuple[list[ast.AST] | None, list[str]]:
    """Body and parameter names of a lambda, a nested function, or a local function/method."""
    if isinstance(expr, ast.Lambda):
        return [expr.body], [a.arg for a in expr.args.args]
    target = _local_function(expr, function, model)
    if target is None:
        return None, []
    params = [a.arg for a in (*target.args.posonlyargs, *target.args.args)]
    if params and params[0] in ("self", "cls") and isinstance(expr, ast.Attribute):
        params = params[1:]
    return list(target.body), params


def _local_function(
    expr: ast.expr, function: FunctionNode, model: SemanticModel
) -> FunctionNode | None:
    defs = (ast.FunctionDef, ast.AsyncFunctionDef)
    if isinstance(expr, ast.Name):
        for node in own_nodes(function.body):
            if isinstance(node, defs) and node.name == expr.id:
                return node
        for node in model.tree.body:
            if isinstance(node, defs) and node.name == expr.id:
                return node
        return None
    if (
        isinstance(expr, ast.Attribute)
        and isinstance(expr.value, ast.Name)
        and expr.value.id in ("self", "cls")
    ):
        owner = model.parent(function)
        scope = owner.body if isinstance(owner, ast.ClassDef) else model.tree.body
        for node in scope:
            if isinstance(node, defs) and node.name == expr.attr:
                return node
    return None


def _inner_name(name: str, passed: list[ast.expr], params: list[str]) -> str | None:
    """The name the callback uses for the record: a parameter it is passed as, or the same
    name captured from the enclosing function."""
    for index, arg in enumerate(passed):
        if isinstance(arg, ast.Name) and arg.id == name and index < len(params):
            return params[index]
    if name in params:
        return None  # shadowed by a parameter bound to something else
    return name


def _callee_text(expr: ast.expr) -> str:
    if isinstance(expr, ast.Lambda):
        return "a lambda"
    return f"{dotted(expr) or 'the callback'}()"


def _position(node: ast.AST) -> tuple[int, int]:
    return (getattr(node, "lineno", 0), getattr(node, "col_offset", 0))
