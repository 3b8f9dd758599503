"""LW006 orphan-write-after-delete (JavaScript/TypeScript).

## What it does
Checks event handlers and projections (``PartUpdated: (tx, e) => …``, ``case "part.updated":``,
``bus.on("PartUpdated", …)``, ``handlePartUpdated``, handler maps (``handlers = {
"comment.posted": … }``), ``switch (job.name)``/``if (body.type === …)``/``switch (msg.op)``
in consumers, a Durable Object's ``webSocketMessage``,
``@OnEvent``/``@EventsHandler`` methods, classes named ``*Projection``/``*Listener``, files named
``projector``/``projection``/``handlers``/``consumer``) that insert or upsert a child row keyed
by a parent id (``messageID``, ``message_id``) without first checking that the parent still
exists, when that parent can disappear: this file or a module it imports deletes it
(``tx.delete(MessageTable)``, ``prisma.message.delete``, ``DELETE FROM message``, a
read-model row such as ``deleteFrom("order_view")`` for an ``order_id`` key,
``Device.destroy``, ``Album.findByIdAndDelete``, ``manager.delete(Order, …)``, a loaded row's
``device.destroy()``), the schema cascades, or a removal event (``PostDeleted``) says so. The
write may sit in a local helper that a handler reaches in one or two calls. A lookup of the
parent before the write (in the helper, or in the handler before the call), an insert that
reads the parent itself (``INSERT … SELECT … FROM message``, ``WHERE EXISTS``, Kysely
``selectFrom``), or a ``catch`` that handles the foreign-key violation is accepted. A soft
delete removes nothing: ``softDelete``/``softRemove``, ``destroy`` of a ``paranoid`` model, and
a removal event whose handler here only marks the parent (``purgedAt: new Date()``).

## Why is this bad?
Events are committed one by one, so a delete of the parent (a revert, a prune, a cascade)
can land between the parent's creation and a late child event. The child upsert then
violates the foreign key at commit; the projection fails, often crashing the consumer, and
the event is lost or replays into the same failure.

## Example
```typescript
PartUpdated: (tx, e) =>
  tx.insert(PartTable).values({ id: e.part.id, messageID: e.messageID, data: e.part })
    .onConflictDoUpdate({ target: PartTable.id, set: { data: e.part } }).run(),
```

Use instead:
```typescript
PartUpdated: (tx, e) => {
  const parent = tx.select().from(MessageTable).where(eq(MessageTable.id, e.messageID)).get();
  if (!parent) return log.warn("part for a removed message, skipped", { messageID: e.messageID });
  tx.insert(PartTable).values(…).onConflictDoUpdate(…).run();
},
```
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lostwrite.detectors.js.context import JsContext
from lostwrite.detectors.js.project import module_bytes

if TYPE_CHECKING:
    from tree_sitter import Node

    from lostwrite.detectors.js.writes import Write

CODE = "LW006"
# A delete here, or an event handler whose parent's delete lives elsewhere (an imported schema
# with ON DELETE CASCADE, a removal event).
DELETES = (b"delete", b"DELETE", b"Delete", b".del(", b"destroy", b"remove", b"Remove")
TRIGGERS = (
    *DELETES, b"vent", b"roject", b"onsume", b"andle", b"ubscribe", b"isten", b"Message",
    b"message",
)  # fmt: skip

EVENT_WORDS = re.compile(
    r"([a-z](?:Updated|Created|Added|Changed|Upserted|Appended|Inserted|Finished|Completed|"
    r"Started|Moved|Assigned|Posted|Placed|Submitted|Recorded|Edited|Renamed)\b|\b[A-Z]\w*[a-z]ed\b|"
    r"Event|event|\bon[A-Z]\w*|\bhandle[A-Z]\w*|project\w*|\.on\(|subscribe|consume|"
    r"[a-z][.:/_-](updated|created|added|changed|posted|moved|assigned|placed|submitted|recorded|"
    r"edited|renamed|inserted|upserted|appended|completed|started|finished|linked|attached|booked)"
    r"\b|\beach(Message|Batch)\b|\bwebSocketMessage\b)"
)
# ``const handlers = { "comment.posted": async (p) => … }``: an object of event handlers.
HANDLER_MAP = re.compile(
    r"(handlers|reducers|projections?|projectors?|listeners|subscribers|consumers|appliers|"
    r"eventMap|on[A-Z]\w*)$",
    re.IGNORECASE,
)
# A generic dispatcher: ``apply(event)`` / ``handle(e: ChapterRevisedEvent)`` / ``project(evt)``.
DISPATCHER = re.compile(r"(^|\.)(apply|handle|project|when|dispatch|reduce|process)$")
EVENT_PARAMETER = re.compile(r"^\(?\s*(event|evt|ev|e|msg|message)\b|:\s*\w*(Event|Message)\b")
# ``switch (event.type)`` / ``if (e.type === "LineBooked")``: a branch per event kind.
EVENT_SWITCH = re.compile(
    r"\b(event|evt|ev|e|msg|message|payload|data|body|job|record|envelope|notification)\."
    r"(type|kind|name|event|eventType|eventName|op|action|command|cmd)\b"
)
# ``@EventsHandler(X)``, ``@OnEvent("x")``, ``@EventPattern("x")``: NestJS event handler classes.
EVENT_DECORATOR = re.compile(
    r"@(EventsHandler|OnEvent|EventPattern|MessagePattern|Saga|Processor|Process|"
    r"SqsMessageHandler|RabbitSubscribe|Subscribe)\b"
)
# ``class ReactionsProjection`` / ``OrderEventsHandler`` / ``LedgerConsumer``: the class says it.
EVENT_CLASS = re.compile(r"(Projection|Projector|Listener|Subscriber|Consumer|Saga|Reducer)s?$")
EVENT_FILES = re.compile(
    r"(project|consumer|subscriber|listener|event|saga|reducer)", re.IGNORECASE
)
FK_HANDLED = re.compile(r"FOREIGN|foreign|[Cc]onstraint|P2003|23503|SQLITE_CONSTRAINT|ForeignKey")


def normalise(name: str) -> str:
    """``MessageTable`` / ``messages`` / ``message`` / ``"session_message"`` -> comparable form."""
    base = name.strip("'\"`").rsplit(".", 1)[-1]
    base = re.sub(r"(Table|Schema|Model|Entity|_table)$", "", base).replace("_", "").lower()
    # Ex) categories -> category, branches -> branch, addresses -> address, orders -> order
    if base.endswith("ies") and len(base) > 4:
        return base[:-3] + "y"
    if base.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return base[:-2]
    return base[:-1] if base.endswith("s") and not base.endswith("ss") else base


@dataclass(frozen=True, slots=True)
class ParentRemoval:
    """How a parent row can disappear: a delete in this file, or an ON DELETE CASCADE."""

    table: str  # as written (``MessageTable``, ``messages``)
    evidence: str  # for the message


def check(ctx: JsContext) -> None:
    writes = ctx.writes.all()
    children = [w for w in writes if w.verb in ("insert", "upsert") and w.table]
    if not children:
        return
    removals = _removals_here(ctx)
    event_file = bool(EVENT_FILES.search(os.path.basename(ctx.path)))
    cascades: dict[str, ParentRemoval] | None = None
    local = ctx.writes.local_writers
    # the direct writes first: a write in a local helper is judged where it happens, along
    # the calls that reach it from a handler; ``helper(…)`` itself only when no route did
    direct = [w for w in children if not (w.kind == "call" and _callee(ctx, w.node) in local)]
    routed: set[int] = set()
    for write in direct + [w for w in children if w not in direct]:
        if write.node.start_byte in routed:
            continue
        routes = [[]] if event_file else _event_routes(ctx, write.node, HELPER_DEPTH)
        if not routes:
            continue
        table = _table_of(ctx, write)
        # Ex) order_view keyed by orderId: its own id, whatever the read-model suffix
        own = {normalise(table), normalise(_read_model_base(table))}
        text = ctx.text_of(write.node)
        keys = [k for k in _parent_keys(text + _mapped_rows(ctx, write.node)) if k not in own]
        if not keys:
            continue
        if cascades is None and any(k not in removals for k in keys):
            cascades = {**_removal_events(ctx), **_cascades(ctx)}
        known = {**(cascades or {}), **removals}
        known = {**_read_model_bases(known), **known}
        parent = next((k for k in keys if k in known), None)
        if parent is None:
            continue
        routed.update(call.start_byte for route in routes for call in route)
        removal = known[parent]
        # Ex) INSERT INTO attachments … SELECT … WHERE EXISTS (SELECT 1 FROM messages …)
        if _write_checks_parent(text, parent):
            ctx.accept(
                CODE, write.node, f"parent {parent} checked by the write itself", call=write.what
            )
            continue
        # Ex) const m = tx.select().from(MessageTable)…get(); if (!m) return   -- in the
        # helper before the write, or in every handler before it calls the helper, or in the
        # helper this write calls (``addLine({ orderId, … })`` looks the order up itself)
        function = ctx.enclosing_function(write.node)
        if (
            _checks_parent(ctx, function, write.node, parent)
            or _helper_checks(ctx, write.node, parent, HELPER_DEPTH)
            or all(
                any(_checks_parent(ctx, ctx.enclosing_function(c), c, parent) for c in route)
                for route in routes
            )
        ):
            ctx.accept(CODE, write.node, f"parent {parent} checked first", call=write.what)
            continue
        # Ex) try { …upsert… } catch (e) { if (isForeignKeyError(e)) … }
        if _fk_caught(ctx, write.node) or all(
            any(_fk_caught(ctx, c) for c in route) for route in routes
        ):
            ctx.accept(CODE, write.node, "foreign-key failure handled", call=write.what)
            continue
        verb = "upserts" if write.verb == "upsert" else "inserts"
        route = min(routes, key=len)
        origin = (
            "from an event handler"
            if not route
            else "from a helper that an event handler calls ("
            + ", ".join(f"`{_callee(ctx, c)}()` at line {ctx.line_of(c)}" for c in route)
            + ")"
        )
        ctx.report(
            CODE,
            write.node,
            f"{write.what} {verb} into `{table}` a row that references `{removal.table}` "
            f"by id, {origin}, without checking that the parent row still exists; "
            f"{removal.evidence}: when the parent is deleted first, the foreign key fails at "
            f"commit and the projection crashes or drops the event. Fix: look the parent up "
            f"first; if it is gone, skip the write and log a warning (replay-safe, fabricates "
            f"nothing)",
            risk="medium",
            call=write.what,
        )


# ``softDelete``/``softRemove`` (TypeORM), ``destroy`` of a ``paranoid`` Sequelize model: the
# row stays (a ``deletedAt`` is set), so the foreign key of a late child still holds.
SOFT_DELETE_CALL = re.compile(r"\bsoft(?:Delete|Remove)\b|\brestore\b")
FORCED = re.compile(r"\bforce:\s*true\b")
ENTITY_MANAGERS = re.compile(r"^(?:.*\.)?(manager|em|entityManager|queryRunner|dataSource|orm)$")
# ``const device = await Device.findByPk(id); … await device.destroy()``: a loaded row deleted.
INSTANCE_LOAD = re.compile(
    r"\b(?:const|let|var)\s+([\w$]+)\s*=\s*(?:await\s+)?([A-Z][\w$]*)\s*\.\s*"
    r"(?:findByPk|findOne|findById|findOneBy|findOneOrFail|findOneByOrFail|findUnique)\s*\("
)
# An update that marks the row removed instead of deleting it: a soft delete.
SOFT_MARK = re.compile(
    r"\b(?:deleted|purged|archived|removed|trashed|tombstoned|hidden)_?(?:at|on|date|time)?\s*:"
    r"|\bis_?(?:deleted|archived|purged|removed)\s*:"
    r"|\b(?:deleted|purged|archived|removed)_?(?:at|on)?\s*=\s*"
    r"|\bstatus\s*[:=]\s*['\"`](?:deleted|purged|archived|removed)['\"`]",
    re.IGNORECASE,
)


def _removals_here(ctx: JsContext) -> dict[str, ParentRemoval]:
    """Parents this file hard-deletes, for the message."""
    return {
        normalise(table): ParentRemoval(table, f"this file deletes `{table}` rows (line {line})")
        for table, line in reversed(_hard_deletes(ctx))
    }


def _hard_deletes(ctx: JsContext) -> list[tuple[str, int]]:
    """``(table, line)`` of the deletes in a file that remove the row: delete writes that are no
    soft delete, and rows loaded then destroyed (``device.destroy()``)."""
    found: list[tuple[str, int]] = []
    paranoid = _paranoid_models(ctx.text)
    for write in ctx.writes.all():
        if write.verb != "delete" or not write.table:
            continue
        table = _table_of(ctx, write)
        if SOFT_DELETE_CALL.search(write.what) or (
            normalise(table) in paranoid and not FORCED.search(ctx.text_of(write.node))
        ):
            continue
        found.append((table, ctx.line_of(write.node)))
    if b".destroy(" in ctx.source or b".deleteOne(" in ctx.source or b".remove(" in ctx.source:
        for match in INSTANCE_LOAD.finditer(ctx.text):
            variable, model = match.group(1), match.group(2)
            delete = re.compile(
                r"\b" + re.escape(variable) + r"\s*\.\s*(?:destroy|deleteOne|remove)\s*\(([^)]*)\)"
            ).search(ctx.text, match.end())
            if delete is None or (normalise(model) in paranoid and not FORCED.search(delete[1])):
                continue
            found.append((model, ctx.text.count("\n", 0, delete.start()) + 1))
    return found


def _table_of(ctx: JsContext, write: Write) -> str:
    """The table written: ``Order`` for ``manager.delete(Order, { id })`` / ``em.insert(Order,
    …)``, where the write index saw the entity manager."""
    if not ENTITY_MANAGERS.match(write.table):
        return write.table
    arguments = write.node.child_by_field_name("arguments")
    first = (
        arguments.named_children[0] if arguments is not None and arguments.named_children else None
    )
    if first is not None and first.type == "identifier" and ctx.text_of(first)[:1].isupper():
        return ctx.text_of(first)
    return write.table


PARANOID = re.compile(
    # Ex) Device.init({…}, { sequelize, paranoid: true })
    r"\b([A-Z][\w$]*)\.init\((?:[^;]|;(?!\s*\n))*?\bparanoid:\s*true"
    # Ex) sequelize.define("device", {…}, { paranoid: true })
    r"|\.define\(\s*['\"`](\w+)['\"`](?:[^;]|;(?!\s*\n))*?\bparanoid:\s*true"
    # Ex) @Table({ paranoid: true }) class Device extends Model
    r"|@Table\(\s*\{[^}]*\bparanoid:\s*true[^}]*\}\s*\)\s*(?:export\s+)?(?:default\s+)?class\s+"
    r"([\w$]+)"
)


def _paranoid_models(text: str) -> frozenset[str]:
    """Sequelize models declared ``paranoid``: ``destroy`` only sets ``deletedAt``."""
    if "paranoid" not in text:
        return frozenset()
    return frozenset(
        normalise(next(g for g in match.groups() if g)) for match in PARANOID.finditer(text)
    )


HELPER_DEPTH = 2  # a write in a local helper counts when a handler reaches it in 1-2 calls


def _callee(ctx: JsContext, call: Node) -> str:
    """``upsertReading`` for ``upsertReading(…)`` and ``this.upsertReading(…)``."""
    function = call.child_by_field_name("function")
    if function is not None and function.type == "member_expression":
        function = function.child_by_field_name("property")
    return ctx.text_of(function) if function is not None else ""


def _event_routes(ctx: JsContext, node: Node, depth: int) -> list[list[Node]]:
    """How an event handler reaches ``node``: ``[[]]`` when it is in a handler, else the call
    sites (outermost first) through local helpers, at most ``depth`` calls deep."""
    if _event_context(ctx, node):
        return [[]]
    function = ctx.enclosing_function(node)
    while function is not None and not ctx.binding_name(function):
        function = ctx.enclosing_function(function)  # Ex) rows.map((r) => …) in a helper
    if depth == 0 or function is None:
        return []
    name = ctx.binding_name(function)
    owner = _class_of(function) if function.type == "method_definition" else None
    routes: list[list[Node]] = []
    for call in ctx.writes.calls.get(name):
        if function.start_byte <= call.start_byte < function.end_byte:
            continue  # recursion
        callee = call.child_by_field_name("function")
        if callee is None:
            continue
        # Ex) upsertReading(…) for a function; this.upsertReading(…) in the same class
        if owner is None and callee.type != "identifier":
            continue
        if owner is not None and (
            callee.type != "member_expression"
            or ctx.text_of(callee.child_by_field_name("object")) != "this"
            or _class_of(call) != owner
        ):
            continue
        routes.extend([*route, call] for route in _event_routes(ctx, call, depth - 1))
    return routes


def _mapped_rows(ctx: JsContext, write: Node) -> str:
    """The code of local functions the write calls to build its row (``toDoc(msg)``), where
    the parent key is then spelled."""
    found = []
    calls = ctx.index.calls
    index = bisect.bisect_left(calls, write.start_byte, key=lambda c: c.start_byte)
    for call in calls[index:]:
        if call.start_byte >= write.end_byte:
            break
        if call.start_byte == write.start_byte:
            continue  # the write's own chain (``main()``, ``knex("t")``), not its arguments
        callee = call.child_by_field_name("function")
        if callee is not None and callee.type == "identifier":
            function = ctx.index.local_functions.get(ctx.text_of(callee))
            if function is not None and not (
                function.start_byte <= write.start_byte < function.end_byte
            ):
                found.append(ctx.text_of(function))
    return "\n".join(found)


def _helper_checks(ctx: JsContext, call: Node, parent: str, depth: int) -> bool:
    """``call`` runs a local helper that checks the parent before its own write."""
    if depth == 0:
        return False
    name = _callee(ctx, call)
    inner = ctx.writes.local_writers.get(name)
    definition = ctx.index.local_functions.get(name)
    if inner is None or definition is None or inner.node == call:
        return False
    if not definition.start_byte <= inner.node.start_byte < definition.end_byte:
        return False
    return _checks_parent(ctx, definition, inner.node, parent) or _helper_checks(
        ctx, inner.node, parent, depth - 1
    )


def _class_of(node: Node) -> Node | None:
    current = node.parent
    while current is not None and current.type not in ("class_declaration", "class"):
        current = current.parent
    return current


# ``order_view`` / ``OrderReadModel`` / ``orders_projection``: a read-model table of ``order``,
# whose rows a projection keys by ``order_id``.
READ_MODEL_SUFFIX = re.compile(
    r"(?:_(?:views?|read_?models?|projections?)|(?<=[a-z])(?:Views?|ReadModels?|Projections?))"
    r"(?:Table|_table)?$"
)


def _read_model_bases(known: dict[str, ParentRemoval]) -> dict[str, ParentRemoval]:
    """The removals again under the base name of read-model tables: deleting ``order_view``
    rows removes the parent that ``order_id`` keys point to."""
    found: dict[str, ParentRemoval] = {}
    for removal in known.values():
        base = _read_model_base(removal.table)
        if base:
            found.setdefault(normalise(base), removal)
    return found


def _read_model_base(table: str) -> str:
    """``order`` for ``order_view``/``OrderReadModel``; '' for a table of no read model."""
    name = table.strip("'\"`").rsplit(".", 1)[-1]
    base = READ_MODEL_SUFFIX.sub("", name)
    return base if base != name else ""


def _write_checks_parent(text: str, parent: str) -> bool:
    """The insert reads the parent itself: ``INSERT … SELECT … FROM messages WHERE id = $2``,
    ``WHERE EXISTS (SELECT 1 FROM messages …)``, Kysely ``.expression((eb) => eb.selectFrom(
    "post")…)``, drizzle/Knex ``.select(…).from(posts)``. No row is written when the parent is
    gone. ``ON CONFLICT (message_id)`` or ``WHERE NOT EXISTS`` on the child are no such check."""
    compact = text.replace("_", "")
    for match in re.finditer(
        r"(?:\bFROM\s+[\"`]?(?:\w+\.)?|selectFrom\(\s*['\"`]"
        r"|(?<!Buffer)(?<!Array)\.from\(\s*['\"`]?(?:\w+\.)?"
        # Ex) knex("reviews").insert(knex("products").select(…).where({ id }))
        r"|\b[\w$]+\(\s*['\"`](?=\w+['\"`]\s*\)\s*\.\s*(?:select|where|first|column)\b))"
        + _spelled(parent),
        compact,
        re.IGNORECASE,
    ):
        if not re.search(r"NOT\s+EXISTS\s*\(\s*SELECT\b[^()]*$", compact[: match.start()], re.I):
            return True
    return False


def _spelled(parent: str) -> str:
    """The parent as written in the code: ``category`` also matches ``categories``."""
    stem = re.escape(parent[:-1]) + "(?:y|ies)" if parent.endswith("y") else re.escape(parent)
    # Ex) order_view / orders_projection: its read model (underscores are removed by then)
    return stem + r"(?:s|es)?(?:views?|readmodels?|projections?)?(?:table|schema|model|entity)?\b"


def _parent_keys(text: str) -> list[str]:
    """Normalised parent names of the ``<parent>Id`` / ``<parent>_id`` keys a write carries."""
    found = re.findall(r"\b([A-Za-z][A-Za-z_]*?)_?(?:ID|Id|id)\b", text)
    return list(dict.fromkeys(normalise(f) for f in found if len(f) > 1))


CASCADE = re.compile(
    r"references\(\s*\(\)\s*=>\s*([\w$]+)\.[\w$]+\s*,\s*\{[^}]*onDelete:\s*['\"]cascade['\"]"
    r"|REFERENCES\s+[\"`]?([\w.]+)[\"`]?\s*\([^)]*\)\s*ON\s+DELETE\s+CASCADE"
    # Ex) @ManyToOne(() => Order, (o) => o.lines, { onDelete: "CASCADE" })   (TypeORM)
    r"|@ManyToOne\(\s*\(\)\s*=>\s*([\w$]+)[^;@]{0,200}?onDelete:\s*['\"]cascade['\"]"
    # Ex) Order.hasMany(LineItem, { onDelete: "CASCADE" })   (Sequelize)
    r"|\b([A-Z][\w$]*)\.hasMany\([^;]{0,200}?onDelete:\s*['\"]cascade['\"]"
    # Ex) LineItem.belongsTo(Order, { onDelete: "CASCADE" })
    r"|\.belongsTo\(\s*([A-Z][\w$]*)[^;]{0,200}?onDelete:\s*['\"]cascade['\"]",
    re.IGNORECASE,
)


def _cascades(ctx: JsContext) -> dict[str, ParentRemoval]:
    """Parents declared ``onDelete: "cascade"`` here or in a schema module imported by path,
    or deleted by a module this file imports (a repository of the parent)."""
    from lostwrite.detectors.js.project import imported_context, resolve

    found: dict[str, ParentRemoval] = {}
    sources: list[tuple[str, bytes]] = [("this file", ctx.source)]
    for spec in dict.fromkeys(m.split("#", 1)[0] for m in ctx.index.imports.values()):
        path = resolve(ctx.path, spec) if spec.startswith(".") else None
        data = module_bytes(path) if path is not None else b""
        if not data:
            continue
        sources.append((spec, data))
        # Ex) import { purgeThread } from "./threads.repo"   -- which deletes threads
        if any(trigger in data for trigger in DELETES):
            other = imported_context(ctx, spec)
            for table, line in _hard_deletes(other) if other is not None else []:
                found.setdefault(
                    normalise(table),
                    ParentRemoval(
                        table, f"`{spec}`, imported here, deletes `{table}` rows (line {line})"
                    ),
                )
    for where, source in sources:
        if b"ascade" not in source and b"ASCADE" not in source:
            continue
        text = source.decode("utf-8", errors="replace")
        for match in CASCADE.finditer(text):
            table = next(g for g in match.groups() if g)
            line = text.count("\n", 0, match.start()) + 1
            found.setdefault(
                normalise(table),
                ParentRemoval(
                    table,
                    f"the schema ({where}, line {line}) deletes them by ON DELETE CASCADE when `{table}` rows go",
                ),
            )
    return found


FUNCTION_HEADS = frozenset(
    {
        "function_declaration", "function_expression", "arrow_function", "method_definition",
        "generator_function_declaration", "class_declaration", "class",
    }
)  # fmt: skip
REMOVAL_EVENT = re.compile(
    r"\b([A-Z][A-Za-z]*?)(?:Deleted|Removed|Purged|Destroyed)(?:Event)?\b"
    r"|['\"`]([a-z][a-z_]*)[._:/-](?:deleted|removed|purged|destroyed)['\"`]"
)


def _removal_events(ctx: JsContext) -> dict[str, ParentRemoval]:
    """Parents that an event of this file says are deleted elsewhere (``PostDeleted``,
    ``"thread.removed"``), even when this file only cleans up after them. Not when this file
    shows that removal to be a soft delete: an update of the parent that marks it
    (``purgedAt: new Date()``) or that the handler of that very event performs."""
    found: dict[str, ParentRemoval] = {}
    text = ctx.text
    soft: dict[str, list[Node]] = {}
    for write in ctx.writes.all():
        if write.table and (
            write.verb == "update"
            or (write.verb == "delete" and SOFT_DELETE_CALL.search(write.what))
        ):
            soft.setdefault(normalise(_table_of(ctx, write)), []).append(write.node)
    for match in REMOVAL_EVENT.finditer(text):
        name = match.group(1) or match.group(2)
        parent = normalise(name)
        if parent in found or any(
            _marks_removed(ctx, node, match.group(0).strip("'\"`")) for node in soft.get(parent, [])
        ):
            continue
        line = text.count("\n", 0, match.start()) + 1
        found[parent] = ParentRemoval(
            name,
            f"the `{match.group(0).strip(chr(39) + chr(34) + '`')}` event (line {line}) says "
            f"`{name}` rows are deleted elsewhere in the project",
        )
    return found


def _marks_removed(ctx: JsContext, write: Node, event: str) -> bool:
    """The parent update is the removal: it sets a removal mark, is a ``softDelete``, or runs
    in the handler of ``event`` (its class, function, ``case`` or ``if`` names the event)."""
    text = ctx.text_of(write)
    if SOFT_MARK.search(text) or SOFT_DELETE_CALL.search(text):
        return True
    current = write.parent
    while current is not None:
        if current.type in ("switch_case", "if_statement"):
            field = "value" if current.type == "switch_case" else "condition"
            if event in ctx.text_of(current.child_by_field_name(field)):
                return True
        elif current.type in FUNCTION_HEADS:
            body = current.child_by_field_name("body")
            end = body.start_byte if body is not None else current.end_byte
            head = ctx.source[current.start_byte : end].decode("utf-8", errors="replace")
            # Ex) @EventsHandler(TicketPurgedEvent) class … / @OnEvent("ticket.purged") m()
            if event in head or any(event in ctx.text_of(d) for d in _decorators(current)):
                return True
        current = current.parent
    return False


def _decorators(node: Node) -> list[Node]:
    """The decorators of a class or method: its own, the ones before it in a class body, and
    the ones of the ``export`` statement around a class."""
    found = [c for c in node.children if c.type == "decorator"]
    sibling = node.prev_named_sibling
    while sibling is not None and sibling.type == "decorator":
        found.append(sibling)
        sibling = sibling.prev_named_sibling
    if node.parent is not None and node.parent.type == "export_statement":
        found.extend(c for c in node.parent.children if c.type == "decorator")
    return found


def _event_context(ctx: JsContext, node: Node) -> bool:
    function = ctx.enclosing_function(node)
    while function is not None:
        name = ctx.function_name(function)
        if EVENT_WORDS.search(name) or EVENT_CLASS.search(name.split(".")[0]):
            return True
        if DISPATCHER.search(name) and _event_dispatcher(ctx, function):
            return True
        if function.type == "method_definition" and _event_decorated(ctx, function):
            return True
        parent = function.parent
        if parent is not None and parent.type == "pair" and _in_handler_map(ctx, parent):
            return True
        if parent is not None and parent.type == "arguments" and parent.parent is not None:
            head = ctx.text_of(parent.parent)[:160]
            if EVENT_WORDS.search(head.split("=>", 1)[0]):
                return True
        function = ctx.enclosing_function(function)
    current = node.parent
    while current is not None:
        if current.type == "switch_case":
            value = current.child_by_field_name("value")
            if value is not None and EVENT_WORDS.search(ctx.text_of(value)):
                return True
        if current.type in ("switch_statement", "if_statement"):
            condition = current.child_by_field_name(
                "value" if current.type == "switch_statement" else "condition"
            )
            if condition is not None and EVENT_SWITCH.search(ctx.text_of(condition)):
                return True
        current = current.parent
    return False


def _in_handler_map(ctx: JsContext, pair: Node) -> bool:
    """The pair is an entry of an object bound to ``handlers``/``projections``/…"""
    obj = pair.parent
    holder = obj.parent if obj is not None else None
    while holder is not None and holder.type in ("as_expression", "satisfies_expression"):
        holder = holder.parent
    if holder is None or holder.type not in ("variable_declarator", "assignment_expression"):
        return False
    name = holder.child_by_field_name("name" if holder.type == "variable_declarator" else "left")
    return name is not None and HANDLER_MAP.search(ctx.text_of(name)) is not None


def _event_decorated(ctx: JsContext, method: Node) -> bool:
    """``@OnEvent("reaction.added") async persist(…)``: a method decorated as an event handler."""
    sibling = method.prev_named_sibling
    while sibling is not None and sibling.type == "decorator":
        if EVENT_DECORATOR.match(ctx.text_of(sibling)):
            return True
        sibling = sibling.prev_named_sibling
    return any(
        c.type == "decorator" and EVENT_DECORATOR.match(ctx.text_of(c)) for c in method.children
    )


def _event_dispatcher(ctx: JsContext, function: Node) -> bool:
    """A generic method (``apply``/``handle``…) that takes an event or sits in a class
    decorated as an event handler (``@EventsHandler(X)``)."""
    parameters = function.child_by_field_name("parameters")
    if parameters is not None and EVENT_PARAMETER.search(ctx.text_of(parameters).strip("( ")):
        return True
    owner = function.parent.parent if function.parent is not None else None
    if owner is None or owner.type not in ("class_declaration", "class"):
        return False
    start = owner.start_byte
    head = ctx.source[max(0, start - 200) : start].decode("utf-8", errors="replace")
    return EVENT_DECORATOR.search(head + ctx.text_of(owner)[:200]) is not None


def _branch_start(ctx: JsContext, function: Node | None, write: Node) -> int:
    """Where the write's own event branch begins: its ``case`` or the branch of an
    ``if (e.type === …)`` chain; other branches handle other events and check nothing."""
    current = write.parent
    while current is not None and current != function:
        if current.type in ("switch_case", "switch_default"):
            return current.start_byte
        parent = current.parent
        if (
            parent is not None
            and parent.type == "if_statement"
            and current.type != "parenthesized_expression"
        ):
            condition = parent.child_by_field_name("condition")
            if condition is not None and EVENT_SWITCH.search(ctx.text_of(condition)):
                return current.start_byte
        if parent is not None and parent.type == "else_clause":
            nested = parent.parent
            condition = nested.child_by_field_name("condition") if nested is not None else None
            if condition is not None and EVENT_SWITCH.search(ctx.text_of(condition)):
                return current.start_byte
        current = parent
    return function.start_byte if function is not None else 0


def _checks_parent(ctx: JsContext, function: Node | None, write: Node, parent: str) -> bool:
    start = _branch_start(ctx, function, write)
    # the parent as written in the code: ``category`` also matches ``categories``
    name = re.escape(parent[:-1]) + "(?:y|ies)" if parent.endswith("y") else re.escape(parent)
    before = ctx.source[start : write.start_byte].decode("utf-8", errors="replace")
    compact = before.replace("_", "")
    reads = (
        r"\b(?:select|from|find\w*|get\w*|exists|load\w*|fetch\w*|lookup\w*|has\w*|query|"
        r"insert\w*|upsert|create)"
        r"\W{0,40}?" + name
    )
    # Ex) prisma.thread.findUnique(…) / prisma.thread.create(…) earlier in the same handler
    member = (
        name + r"\w*(?:\.\w+)*\.(?:find\w*|get\w*|select|exists\w*|count\w*|create|insert\w*|"
        r"upsert|save)\b"
    )
    exists = name + r"\w*exists"
    # Ex) await trx("orders").where({ id }).forUpdate().first("id")   (Knex)
    knex = (
        r"\(\s*['\"`]" + name + r"\w*['\"`]\s*\)[^;]{0,300}?"
        r"\.\s*(?:first|select|pluck)\s*\("
    )
    return any(re.search(p, compact, re.IGNORECASE) for p in (reads, member, exists, knex))


def _fk_caught(ctx: JsContext, node: Node) -> bool:
    current = node.parent
    while current is not None:
        if current.type == "try_statement":
            handler = current.child_by_field_name("handler")
            if handler is not None and FK_HANDLED.search(ctx.text_of(handler)):
                return True
        current = current.parent
    return False
