"""LW006 orphan-write-after-delete (JavaScript/TypeScript).

## What it does
Checks event handlers and projections (``PartUpdated: (tx, e) => …``, ``case "part.updated":``,
``bus.on("PartUpdated", …)``, ``handlePartUpdated``, handler maps (``handlers = {
"comment.posted": … }``), ``switch (job.name)``/``if (body.type === …)`` in consumers,
``@OnEvent``/``@EventsHandler`` methods, classes named ``*Projection``/``*Listener``, files named
``projector``/``projection``/``handlers``/``consumer``) that insert or upsert a child row keyed
by a parent id (``messageID``, ``message_id``) without first checking that the parent still
exists, when that parent can disappear: this file or a module it imports deletes it
(``tx.delete(MessageTable)``, ``prisma.message.delete``, ``DELETE FROM message``) or the schema
cascades. A lookup of the parent before the write (``select … from message``,
``findFirst``, ``getMessage(…)``), ``WHERE EXISTS`` in the SQL, or a ``catch`` that handles the
foreign-key violation is accepted.

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

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from lostwrite.detectors.js.context import JsContext

if TYPE_CHECKING:
    from tree_sitter import Node

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
    r"\b|\beach(Message|Batch)\b)"
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
    r"(type|kind|name|event|eventType|eventName)\b"
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
    removals: dict[str, ParentRemoval] = {}
    for write in writes:
        if write.verb == "delete" and write.table:
            removals.setdefault(
                normalise(write.table),
                ParentRemoval(
                    write.table,
                    f"this file deletes `{write.table}` rows (line {ctx.line_of(write.node)})",
                ),
            )
    event_file = bool(EVENT_FILES.search(os.path.basename(ctx.path)))
    cascades: dict[str, ParentRemoval] | None = None
    for write in children:
        if not (event_file or _event_context(ctx, write.node)):
            continue
        child = normalise(write.table)
        text = ctx.text_of(write.node)
        keys = [k for k in _parent_keys(text) if k != child]
        if not keys:
            continue
        if cascades is None and any(k not in removals for k in keys):
            cascades = {**_removal_events(ctx), **_cascades(ctx)}
        known = {**(cascades or {}), **removals}
        parent = next((k for k in keys if k in known), None)
        if parent is None:
            continue
        removal = known[parent]
        function = ctx.enclosing_function(write.node)
        # Ex) const m = tx.select().from(MessageTable)…get(); if (!m) return
        if _checks_parent(ctx, function, write.node, parent) or "EXISTS" in text.upper():
            ctx.accept(CODE, write.node, f"parent {parent} checked first", call=write.what)
            continue
        # Ex) try { …upsert… } catch (e) { if (isForeignKeyError(e)) … }
        if _fk_caught(ctx, write.node):
            ctx.accept(CODE, write.node, "foreign-key failure handled", call=write.what)
            continue
        verb = "upserts" if write.verb == "upsert" else "inserts"
        ctx.report(
            CODE,
            write.node,
            f"{write.what} {verb} into `{write.table}` a row that references `{removal.table}` "
            f"by id, from an event handler, without checking that the parent row still exists; "
            f"{removal.evidence}: when the parent is deleted first, the foreign key fails at "
            f"commit and the projection crashes or drops the event. Fix: look the parent up "
            f"first; if it is gone, skip the write and log a warning (replay-safe, fabricates "
            f"nothing)",
            risk="medium",
            call=write.what,
        )


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


@lru_cache(maxsize=512)
def _module_bytes(path: str) -> bytes:
    """The first MiB of an imported module ('' if unreadable), read once per process."""
    try:
        with open(path, "rb") as handle:
            return handle.read(1 << 20)
    except OSError:
        return b""


def _cascades(ctx: JsContext) -> dict[str, ParentRemoval]:
    """Parents declared ``onDelete: "cascade"`` here or in a schema module imported by path,
    or deleted by a module this file imports (a repository of the parent)."""
    from lostwrite.detectors.js.project import imported_context, resolve

    found: dict[str, ParentRemoval] = {}
    sources: list[tuple[str, bytes]] = [("this file", ctx.source)]
    for spec in dict.fromkeys(m.split("#", 1)[0] for m in ctx.index.imports.values()):
        path = resolve(ctx.path, spec) if spec.startswith(".") else None
        data = _module_bytes(path) if path is not None else b""
        if not data:
            continue
        sources.append((spec, data))
        # Ex) import { purgeThread } from "./threads.repo"   -- which deletes threads
        if any(trigger in data for trigger in DELETES):
            other = imported_context(ctx, spec)
            if other is not None:
                for write in other.writes.all():
                    if write.verb == "delete" and write.table:
                        found.setdefault(
                            normalise(write.table),
                            ParentRemoval(
                                write.table,
                                f"`{spec}`, imported here, deletes `{write.table}` rows "
                                f"(line {other.line_of(write.node)})",
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


REMOVAL_EVENT = re.compile(
    r"\b([A-Z][A-Za-z]*?)(?:Deleted|Removed|Purged|Destroyed)(?:Event)?\b"
    r"|['\"`]([a-z][a-z_]*)[._:/-](?:deleted|removed|purged|destroyed)['\"`]"
)


def _removal_events(ctx: JsContext) -> dict[str, ParentRemoval]:
    """Parents that an event of this file says are deleted elsewhere (``PostDeleted``,
    ``"thread.removed"``), even when this file only cleans up after them."""
    found: dict[str, ParentRemoval] = {}
    text = ctx.text
    for match in REMOVAL_EVENT.finditer(text):
        name = match.group(1) or match.group(2)
        line = text.count("\n", 0, match.start()) + 1
        found.setdefault(
            normalise(name),
            ParentRemoval(
                name,
                f"the `{match.group(0).strip(chr(39) + chr(34) + '`')}` event (line {line}) says "
                f"`{name}` rows are deleted elsewhere in the project",
            ),
        )
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
