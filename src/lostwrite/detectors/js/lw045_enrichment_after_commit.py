"""LW045 enrichment-after-commit (JavaScript/TypeScript).

## What it does
Checks for records that are written first and enriched afterwards by a callback: after a write
that stores ``row`` (``appendFile(LOG, JSON.stringify(row))``, ``db.insert(t).values(row)``,
``prisma.x.create({ data: row })``, ``fetch(url, { method: "POST", body: JSON.stringify(row) })``),
a ``.then`` / ``import(…).then`` / ``setTimeout`` / ``setImmediate`` / ``queueMicrotask`` /
``process.nextTick`` / ``.on``/``.once`` callback (inline or a named local function) assigns
fields to ``row`` (``row.verdict = …``, ``row.meta.tags = …``, ``row.tags.push(…)``,
``Object.assign(row, …)``, the ORM setters ``account.set("country", cc)`` /
``setDataValue(…)``) and does not write it again. An enrichment whose UPDATE is itself handed
to ``ctx.waitUntil(…)`` / Next.js ``after(…)`` after the INSERT of the same table
(``waitUntil(ai.run(…).then((s) => db.update(articles).set({ summary: s })))``) is reported
too: the runtime cuts such a task off after the response, and nothing retries it. The same holds in straight-line code
when the enrichment only comes after the commit: after an awaited lazy ``import()``, or
``row.summary = await summarize(row.body)``; and for a local async helper called after the
write (``annotateLater(row)``) that fills a field of the record the write stored, whole or
field by field (``VALUES (${row.id}, ${row.risk_tier})``, ``[row.id, row.email]``).

## Why is this bad?
The stored record never receives the field: the callback only changes the in-memory copy, and
if it fails, is cancelled or loses the race with shutdown there is not even that. Readers see
records that look complete but lack the enrichment, with no error anywhere.

## Example
```typescript
const row = { id: turn.id, text: turn.text, would_have_asked: true };
await appendFile(LOG, JSON.stringify(row) + "\\n");
import("./classifier").then((m) => {
  row.classifier_verdict = m.classify(turn.text);
});
```

Use instead:
```typescript
import { classify } from "./classifier";
row.classifier_verdict = classify(turn.text); // before the commit
await appendFile(LOG, JSON.stringify(row) + "\\n");
```
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lostwrite.detectors.js.context import JsContext
from lostwrite.detectors.js.promises import climb
from lostwrite.detectors.js.writes import Write, arguments_of, callee_name, dotted, last_segment

if TYPE_CHECKING:
    from tree_sitter import Node

CODE = "LW045"
TRIGGERS = (
    b".then(",
    b"setTimeout",
    b"setImmediate",
    b"queueMicrotask",
    b"nextTick",
    b"(async",
    b"import(",
    b"= await",
    b".on(",
    b".once(",
    b"waitUntil(",
    b"after(",
)

SCHEDULERS = frozenset({"setTimeout", "setImmediate", "queueMicrotask", "nextTick"})
CALLBACKS = frozenset({"arrow_function", "function_expression", "function"})
ASSIGNMENT = re.compile(
    rb"(?<![\w$.])([A-Za-z_$][\w$]*)\s*(?:\.\s*[\w$]+|\[[^\]]+\])+\s*=(?![=>])"
    rb"|(?<![\w$.])([A-Za-z_$][\w$]*)\s*\.\s*[\w$]+\s*\.\s*(?:push|unshift)\s*\("
)  # Ex) row.verdict = … / row.meta.tags = … / row.tags.push(…tags)
OBJECT_ASSIGN = re.compile(rb"\bObject\.assign\(\s*([A-Za-z_$][\w$]*)\s*,")
# ORM setters on a model instance: Sequelize ``account.set("country", cc)`` /
# ``account.setDataValue("country", cc)`` / ``account.set({ country: cc })``, Mongoose
# ``doc.set("tags", tags)``. Only the instance in memory changes until ``save()``.
SETTER = re.compile(
    rb"(?<![\w$.])([A-Za-z_$][\w$]*)\s*\.\s*(?:set|setDataValue)\(\s*(?:['\"`][\w$.]+['\"`]\s*,|\{)"
)
# A helper that enriches asynchronously (the pattern's callback), not one that shapes a reply.
ASYNC_WORK = re.compile(r"^async\b|\bawait\b|\.then\(|\bimport\(")
CLEARED = re.compile(r"=\s*(undefined|null)\s*;?$")
# ``const { classify } = await import("./ml")`` after the write: the enrichment's module is only
# loaded once the record is stored, so whatever it computes lands in memory only.
LAZY_IMPORT = re.compile(rb"\bawait\s+import\s*\(")
# A helper that loads the enricher only when it runs: ``await import("./risk-rules.js")``.
LAZY_LOAD = re.compile(r"\bimport\s*\(")
# ``row.country = await geolocate(row.ip)``: an enrichment computed after the commit.
ENRICHER = re.compile(
    rb"=\s*await\s+[\w$.]*(classif|enrich|tag|annotat|scor|geolocat|embed|summar|moderat|"
    rb"detect|analy[sz]|predict|label|categori|sentiment|translat)\w*\s*\(",
    re.IGNORECASE,
)


def check(ctx: JsContext) -> None:
    writes = ctx.writes.all()
    if not writes:
        return
    _straight_line(ctx, writes)
    _deferred_updates(ctx, writes)
    if ctx.index.local_functions:
        _enriching_helpers(ctx, writes)
    for call in ctx.index.calls:
        callback = _scheduled_callback(ctx, call)
        if callback is None:
            continue
        scope = ctx.enclosing_function(call)
        # a named callback may be defined anywhere: what counts is when it is scheduled
        anchor = callback if call.start_byte <= callback.start_byte < call.end_byte else call
        earlier = [
            w
            for w in writes
            if w.node.start_byte < anchor.start_byte
            and ctx.enclosing_function(w.node) == scope
            and not (callback.start_byte <= w.node.start_byte < callback.end_byte)
        ]
        if not earlier:
            continue
        inner_writes = [
            w for w in writes if callback.start_byte <= w.node.start_byte < callback.end_byte
        ]
        # Ex) prisma.note.create({ data }).then((note) => { note.language = … })
        chained = _then_of_write(ctx, call)
        result = _parameter(ctx, callback, 0) if chained is not None else ""
        for name, node in _assignments(ctx, callback):
            stored = (
                chained
                if result and name == result
                else next(
                    (w for w in earlier if _mentions(ctx, w, name) or _result_of(ctx, w) == name),
                    None,
                )
            )
            if stored is None or (
                stored is not chained and _is_callback_local(ctx, callback, name)
            ):
                continue
            # Ex) .then((m) => { row.verdict = m.classify(row); return db.update(…).set(row) })
            if any(_mentions(ctx, w, name) for w in inner_writes):
                ctx.accept(CODE, node, "written again after the enrichment", call=stored.what)
                continue
            ctx.report(
                CODE,
                node,
                f"`{ctx.text_of(node)[:60]}` enriches `{name}` in a callback after {stored.what} "
                f"(line {ctx.line_of(stored.node)}) already stored it, and nothing writes it again: "
                f"the stored record never gets the field, and if the callback fails or is "
                f"cancelled even the in-memory copy lacks it. Fix: compute the enrichment before "
                f"the write (load pure dependencies at module init), or write the record again "
                f"after enriching it",
                risk="medium",
                call=stored.what,
            )


# What a deferred task computes and stores back on the row: a summary, tags, an embedding…
ENRICHMENT = re.compile(
    r"classif|enrich|tag|annotat|scor|geo|embed|summar|moderat|detect|analy[sz]|predict|label|"
    r"categor|sentiment|translat|language|thumbnail|caption|transcri|keyword|\bAI\b|\bai\.|"
    r"openai|anthropic|llm|generate(Text|Object)",
    re.IGNORECASE,
)


def _deferred_updates(ctx: JsContext, writes: list[Write]) -> None:
    """``await db.insert(articles)…; ctx.waitUntil(ai.run(…).then((s) => db.update(articles)…))``:
    the row is committed without its enrichment, and the enrichment and the UPDATE that stores
    it run in a background task the runtime may cut off after the response. If it is cancelled
    or fails (a ``.catch`` that only logs), the stored row keeps the field empty for good."""
    for update in writes:
        if update.verb != "update" or not update.table:
            continue
        task = _background_task(ctx, update.node)
        if task is None:
            continue
        scope = ctx.enclosing_function(task)
        stored = next(
            (
                w
                for w in writes
                if w.verb in ("insert", "upsert")
                and w.table == update.table
                and w.node.end_byte <= task.start_byte
                and ctx.enclosing_function(w.node) == scope
            ),
            None,
        )
        if stored is None:
            continue
        args = task.child_by_field_name("arguments")
        if args is None:
            continue
        text = ctx.source[args.start_byte : update.node.end_byte].decode("utf-8", errors="replace")
        helper = _local_callee(ctx, update.node) if update.node.type == "call_expression" else None
        if helper is not None:  # Ex) ctx.waitUntil(finishArticle(env, slug))
            text += ctx.text_of(helper)
        if not ENRICHMENT.search(text):
            continue  # Ex) waitUntil(db.update(posts).set({ views: sql`views + 1` }))
        if any(
            w is not update and args.start_byte <= w.node.start_byte < args.end_byte for w in writes
        ):
            ctx.accept(
                CODE, task, "the failure of the deferred enrichment is recorded", call=stored.what
            )
            continue  # Ex) .catch(() => db.insert(retries).values({ slug }))
        ctx.report(
            CODE,
            task,
            f"the enrichment of the `{update.table}` row and the {update.what} (line "
            f"{ctx.line_of(update.node)}) that stores it are handed to "
            f"`{callee_name(ctx, task)}` after {stored.what} (line {ctx.line_of(stored.node)}) "
            f"already committed the row without it: the runtime may cut the task off after the "
            f"response, and if it is cancelled or fails the stored row never gets the field. Fix: "
            f"compute the enrichment before the write and store the complete row, or hand it to a "
            f"durable queue that retries",
            risk="medium",
            call=stored.what,
        )


def _background_task(ctx: JsContext, node: Node) -> Node | None:
    """The ``waitUntil(…)`` / ``after(…)`` call whose argument contains ``node``."""
    current = node.parent
    while current is not None:
        if current.type == "call_expression" and _background(ctx, current):
            args = current.child_by_field_name("arguments")
            if args is not None and args.start_byte <= node.start_byte < args.end_byte:
                return current
        if current.type in ("function_declaration", "method_definition", "program"):
            return None
        current = current.parent
    return None


def _background(ctx: JsContext, call: Node) -> bool:
    """A task the runtime keeps alive only for a while after the response, then cuts off:
    Workers/Vercel ``ctx.waitUntil(…)``, Next.js ``after(…)`` (imported from ``next/server``; a
    bare ``after`` may be a test hook)."""
    name = callee_name(ctx, call)
    if name == "after":
        return ctx.index.module_of("after").startswith("next")
    return name == "waitUntil"


def _then_of_write(ctx: JsContext, call: Node) -> Write | None:
    """The write whose promise ``call`` (``write.then(cb)``) continues, if it is one."""
    if callee_name(ctx, call) != "then":
        return None
    function = call.child_by_field_name("function")
    current = function.child_by_field_name("object") if function is not None else None
    while current is not None:
        write = ctx.writes.get(current)
        if write is not None:
            return write
        if current.type != "call_expression" or callee_name(ctx, current) not in (
            "then",
            "catch",
            "finally",
        ):
            return None
        inner = current.child_by_field_name("function")
        current = inner.child_by_field_name("object") if inner is not None else None
    return None


def _enriching_helpers(ctx: JsContext, writes: list[Write]) -> None:
    """``await db.insert(t).values(row); enrichLater(row)`` where the local ``enrichLater``
    sets fields on its parameter (``row.verdict = …``) and never writes it: the enrichment
    only reaches the in-memory copy."""
    reported: set[Node] = set()
    for write in writes:
        function = ctx.enclosing_function(write.node)
        if function is None:
            continue
        for call in ctx.index.calls:
            if not write.node.end_byte <= call.start_byte < function.end_byte or call in reported:
                continue
            helper = _local_callee(ctx, call)
            if helper is None or helper.start_byte <= write.node.start_byte < helper.end_byte:
                continue
            if not ASYNC_WORK.search(ctx.text_of(helper)):
                continue  # Ex) sanitize(user): shapes the response at once, enriches nothing
            for index, argument in enumerate(arguments_of(call)):
                name = ctx.text_of(argument)
                if argument.type != "identifier":
                    continue
                parameter = _parameter(ctx, helper, index)
                assigned = [
                    n
                    for p, n in _assignments(ctx, helper)
                    if p == parameter and not CLEARED.search(ctx.text_of(n))
                ]
                if not parameter or not assigned:
                    continue
                if not _stores_whole(ctx, write, name) and not _stores_fields(
                    ctx, write, name, helper, [_field(ctx, n) for n in assigned]
                ):
                    continue  # Ex) fs.writeFile(tmp.target, data): ``tmp`` is not the record
                again = [
                    w
                    for w in writes
                    if (helper.start_byte <= w.node.start_byte < helper.end_byte
                        and _mentions(ctx, w, parameter))
                    or (call.end_byte <= w.node.start_byte < function.end_byte
                        and _mentions(ctx, w, name))
                ]  # fmt: skip
                if again:
                    ctx.accept(CODE, call, "written again after the enrichment", call=write.what)
                    continue
                reported.add(call)
                ctx.report(
                    CODE,
                    call,
                    f"`{ctx.text_of(call)[:60]}` enriches `{name}` "
                    f"(`{ctx.text_of(assigned[0])[:50]}` at line {ctx.line_of(assigned[0])}) "
                    f"after {write.what} (line {ctx.line_of(write.node)}) already stored it, and "
                    f"nothing writes it again: the stored record never gets the field, only the "
                    f"in-memory copy does. Fix: compute the enrichment before the write, or write "
                    f"the record again after enriching it",
                    risk="medium",
                    call=write.what,
                )
                break


def _local_callee(ctx: JsContext, call: Node) -> Node | None:
    """The function of this file a call runs: ``enrich(row)`` / ``this.enrich(row)``."""
    function = call.child_by_field_name("function")
    if function is None:
        return None
    if function.type == "identifier":
        return ctx.index.local_functions.get(ctx.text_of(function))
    if function.type == "member_expression" and ctx.text_of(function).startswith("this."):
        return ctx.index.local_functions.get(ctx.text_of(function)[5:])
    return None


def _parameter(ctx: JsContext, function: Node, index: int) -> str:
    """The name of the ``index``-th parameter of ``function`` ('' if not a plain name)."""
    parameters = function.child_by_field_name("parameters")
    if parameters is None:
        single = function.child_by_field_name("parameter")
        return ctx.text_of(single) if single is not None and index == 0 else ""
    named = [c for c in parameters.named_children if c.type != "comment"]
    if index >= len(named):
        return ""
    node = named[index]
    if node.type in ("required_parameter", "optional_parameter"):
        node = node.child_by_field_name("pattern") or node
    return ctx.text_of(node) if node.type == "identifier" else ""


def _straight_line(ctx: JsContext, writes: list[Write]) -> None:
    """``await write(row); const m = await import("./ml"); row.verdict = m.classify(row)`` with
    no later write of ``row``: enriched in the same function, but only after the commit."""
    if b"await" not in ctx.source:
        return
    for write in writes:
        function = ctx.enclosing_function(write.node)
        if function is None:
            continue
        body = function.child_by_field_name("body")
        if body is None or body.type != "statement_block":
            continue
        start = write.node.end_byte
        lazy = LAZY_IMPORT.search(ctx.source, start, body.end_byte)
        later = [
            w for w in writes if w.node.start_byte >= start and w.node.end_byte <= body.end_byte
        ]
        for name, node in _assignments_in(ctx, start, body.end_byte):
            if ctx.enclosing_function(node) != function or not (
                _mentions(ctx, write, name) or _result_of(ctx, write) == name
            ):
                continue
            after_import = (
                lazy is not None and lazy.start() < node.end_byte
            )  # Ex) row.verdict = (await import("./ml")).classify(row)
            if not after_import and ENRICHER.search(ctx.text_of(node).encode()) is None:
                continue
            if any(_mentions(ctx, w, name) for w in later):
                ctx.accept(CODE, node, "written again after the enrichment", call=write.what)
                continue
            how = "after a lazy `import()` that runs" if after_import else "computed"
            ctx.report(
                CODE,
                node,
                f"`{ctx.text_of(node)[:60]}` enriches `{name}` {how} after {write.what} (line "
                f"{ctx.line_of(write.node)}) already stored it, and nothing writes it again: the "
                f"stored record never gets the field, only the in-memory copy does. Fix: compute "
                f"the enrichment before the write (import pure dependencies at module init), or "
                f"write the record again after enriching it",
                risk="medium",
                call=write.what,
            )


def _scheduled_callback(ctx: JsContext, call: Node) -> Node | None:
    """The callback of ``x.then(cb)`` / ``import(m).then(cb)`` / ``setTimeout(cb)`` / …"""
    function = call.child_by_field_name("function")
    # Ex) (async () => { row.x = await enrich(row) })()   -- an async IIFE nobody awaits
    if function is not None and function.type == "parenthesized_expression":
        inner = function.named_children[0] if function.named_children else None
        parent = call.parent
        if (
            inner is not None
            and inner.type in CALLBACKS
            and any(child.type == "async" for child in inner.children)
            and (parent is None or parent.type != "await_expression")
        ):
            return inner
        return None
    name = callee_name(ctx, call)
    args = arguments_of(call)
    if not args:
        return None
    # Ex) worker.once("message", (verdict) => { row.verdict = verdict })
    if name in ("on", "once") and len(args) >= 2 and args[-1].type in CALLBACKS:
        return args[-1]
    callback = args[0]
    if callback.type == "identifier":  # Ex) setTimeout(enrich, 0) with a local ``enrich``
        callback = ctx.index.local_functions.get(ctx.text_of(callback), callback)
    if callback.type not in CALLBACKS and callback.type != "function_declaration":
        return None
    if name == "then":
        return callback
    if last_segment(dotted(ctx, function) if function is not None else "") in SCHEDULERS:
        return callback
    return None


def _assignments(ctx: JsContext, callback: Node) -> list[tuple[str, Node]]:
    body = callback.child_by_field_name("body")
    return [] if body is None else _assignments_in(ctx, body.start_byte, body.end_byte)


def _assignments_in(ctx: JsContext, start_byte: int, end_byte: int) -> list[tuple[str, Node]]:
    """``row.x = …`` / ``row[k] = …`` / ``Object.assign(row, …)`` / ``row.set("x", …)`` between
    two offsets."""
    found: list[tuple[str, Node]] = []
    for pattern in (ASSIGNMENT, OBJECT_ASSIGN, SETTER):
        for match in pattern.finditer(ctx.source, start_byte, end_byte):
            start = match.start()
            node = ctx.tree.root_node.descendant_for_byte_range(start, start + 1)
            while node is not None and node.type not in (
                "assignment_expression",
                "call_expression",
            ):
                node = node.parent
            if node is not None and node.start_byte == start:
                found.append(((match.group(1) or match.group(2)).decode(), node))
    return found


def _mentions(ctx: JsContext, write: Write, name: str) -> bool:
    """Does the write's text use ``name`` as a value (``row``, ``{ ...row }``; not ``x.row``)?"""
    text = ctx.source[write.node.start_byte : write.node.end_byte].replace(b"...", b"   ")
    return re.search(rb"(?<![\w$.])" + re.escape(name.encode()) + rb"(?![\w$])", text) is not None


def _stores_whole(ctx: JsContext, write: Write, name: str) -> bool:
    """The write takes ``name`` itself as a value (``values(row)``, ``JSON.stringify(row)``,
    ``{ data: row }``, ``{ ...row }``), not only one of its fields (``tmp.target``)."""
    text = ctx.source[write.node.start_byte : write.node.end_byte].replace(b"...", b"   ")
    pattern = rb"(?<![\w$.])" + re.escape(name.encode()) + rb"(?![\w$]|\s*[.\[(])"
    return re.search(pattern, text) is not None


def _stores_fields(
    ctx: JsContext, write: Write, name: str, helper: Node, fields: list[str]
) -> bool:
    """The write stores ``name`` field by field (``VALUES (${row.id}, ${row.risk_tier})``,
    ``[row.id, row.email]``): it reads a field the helper fills in later, or several fields
    while the helper loads its enricher lazily (``await import("./risk-rules.js")``)."""
    text = ctx.source[write.node.start_byte : write.node.end_byte]
    read = {
        match.group(1).decode()
        for match in re.finditer(
            rb"(?<![\w$.])" + re.escape(name.encode()) + rb"\s*\??\.\s*([\w$]+)(?!\s*\()", text
        )
    }
    if any(field in read for field in fields if field):
        return True
    return len(read) >= 2 and LAZY_LOAD.search(ctx.text_of(helper)) is not None


def _field(ctx: JsContext, assignment: Node) -> str:
    """``risk_tier`` for ``row.risk_tier = …`` and ``row.set("risk_tier", …)``; '' for
    ``Object.assign(row, …)`` and deeper paths."""
    if assignment.type == "call_expression":
        args = arguments_of(assignment)
        setter = callee_name(ctx, assignment) in ("set", "setDataValue")
        return ctx.text_of(args[0])[1:-1] if setter and args[0].type == "string" else ""
    if assignment.type != "assignment_expression":
        return ""
    left = assignment.child_by_field_name("left")
    if left is None or left.type != "member_expression":
        return ""
    obj = left.child_by_field_name("object")
    if obj is None or obj.type != "identifier":
        return ""
    return ctx.text_of(left.child_by_field_name("property"))


def _result_of(ctx: JsContext, write: Write) -> str:
    """``ticket`` for ``const ticket = await prisma.ticket.create(…)``: the stored record as the
    write returned it."""
    top = climb(ctx, write.node)[0]
    parent = top.parent
    if parent is not None and parent.type == "await_expression":
        parent = parent.parent
    if parent is None or parent.type != "variable_declarator":
        return ""
    name = parent.child_by_field_name("name")
    if name is not None and name.type == "array_pattern":  # const [row] = await …returning()
        first = name.named_children[0] if name.named_children else None
        name = first if len(name.named_children) == 1 else None
    return ctx.text_of(name) if name is not None and name.type == "identifier" else ""


def _is_callback_local(ctx: JsContext, callback: Node, name: str) -> bool:
    """``name`` is a parameter or a local of the callback (a fresh object, not the stored row)."""
    text = ctx.source[callback.start_byte : callback.end_byte]
    params = callback.child_by_field_name("parameters") or callback.child_by_field_name("parameter")
    if params is not None and re.search(
        rb"(?<![\w$])" + re.escape(name.encode()) + rb"(?![\w$])",
        ctx.source[params.start_byte : params.end_byte],
    ):
        return True
    return (
        re.search(rb"\b(?:const|let|var)\s+" + re.escape(name.encode()) + rb"\b", text) is not None
    )
