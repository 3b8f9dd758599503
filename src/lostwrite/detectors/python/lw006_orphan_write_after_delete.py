"""LW006 orphan-write-after-delete (Python).

## What it does
Checks event handlers and projections (``on_part_updated``, ``handle_*``, methods of a
``*Projector``/``*Consumer``, functions registered with ``@subscribe``/``@receiver``…) that
insert or upsert a child row keyed by a parent id (``Part(message_id=...)``,
``INSERT INTO parts (id, message_id) ... ON CONFLICT``, ``update_one(..., upsert=True)``)
without first checking that the parent still exists, in a module that also deletes that
parent type (``DELETE FROM messages``, ``session.delete(message)``,
``Message.objects.filter(...).delete()``, an ``on_message_removed`` handler).

Not flagged: a handler that checks the parent first (a get/exists/SELECT, an ``in`` test
against known ids, ``INSERT ... SELECT ... WHERE EXISTS``), that (re)inserts the parent row
itself before the child, or that catches the foreign-key violation; a ``*_removed`` handler
that only soft-deletes (``SET deleted_at``) does not count as a deletion. Only deletions in
the same file are seen; a parent deleted by another module is not resolved.

## Why is this bad?
Events are projected one transaction at a time. When the delete of the parent commits
between the parent's creation and a late child event, the child's foreign key fails at commit
(SQLite and PostgreSQL check it there) and the handler crashes or its retry loop spins; without
a foreign key the child is an orphan nobody will ever read. Either way that event's data is
lost.

## Example
```python
def on_part_updated(session, event):
    session.merge(Part(id=event.part_id, message_id=event.message_id, body=event.body))

def on_message_removed(session, event):
    session.execute(delete(Message).where(Message.id == event.message_id))
```

Use instead:
```python
def on_part_updated(session, event):
    if session.get(Message, event.message_id) is None:
        log.warning("part %s for removed message %s skipped", event.part_id, event.message_id)
        return
    session.merge(Part(id=event.part_id, message_id=event.message_id, body=event.body))
```
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from lostwrite.detectors.python.context import PythonContext
from lostwrite.detectors.python.flow import before, own_nodes, writes_among
from lostwrite.detectors.python.semantic import FunctionNode, SemanticModel, call_name, dotted
from lostwrite.detectors.python.writes import (
    Write,
    WriteIndex,
    fstring_text,
    words_of,
    write_index,
)

CODE = "LW006"
TRIGGERS = (b"delete", b"DELETE", b"Delete", b"remove", b"Remove", b"purge", b"Purge")


def prefilter(data: bytes) -> bool:
    """A child keyed by its parent needs a ``<parent>_id`` / ``<parent>Id`` somewhere."""
    return b"_id" in data or b"Id" in data


DELETE_CALL = re.compile(
    r"^a?(?:delete|remove|purge|destroy|bulk_delete)(?:_one|_many|_all|_by_id|_by_ids)?$|"
    r"^a?(?:delete|remove|purge|destroy)_(\w+?)(?:_by_id|_by_ids)?$"
)
DELETE_SQL = re.compile(r"\bDELETE\s+FROM\s+[`\"]?(?:\w+\.)?(\w+)", re.IGNORECASE)
INSERT_SQL = re.compile(
    r"\b(?:INSERT(?:\s+OR\s+\w+)?|REPLACE|UPSERT|MERGE)\s+INTO\s+[`\"]?(?:\w+\.)?(\w+)[`\"]?"
    r"\s*\(([^)]*)\)",
    re.IGNORECASE,
)
SQL_PARENT_CHECK = r"\b(?:FROM|JOIN|EXISTS\s*\(\s*SELECT[^)]*FROM)\s+[`\"]?(?:\w+\.)?{table}s?\b"
SQL_PARENT_INSERT = (
    r"\b(?:INSERT(?:\s+OR\s+\w+)?|REPLACE|UPSERT|MERGE)\s+INTO\s+[`\"]?(?:\w+\.)?{table}s?\b"
)
SOFT_DELETE_FIELD = re.compile(
    r"^(?:is_)?(?:deleted|removed|archived|purged)(?:_at|_on)?$|^(?:deleted|removed)At$"
)
SOFT_DELETE_SQL = re.compile(
    r"\bUPDATE\s+\S+\s+SET\s+[^;]*?\b(?:is_)?(?:deleted|removed|archived)(?:_at|_on)?\s*=",
    re.IGNORECASE,
)
CAMEL_KEY = re.compile(r"[a-z0-9]Id\b")
SELECT = re.compile(r"\s*(?:\(\s*)*(?:SELECT|WITH)\b", re.IGNORECASE)
EVENT_DELETED = re.compile(r"^(\w+?)_?(?:removed|deleted|purged|destroyed|dropped|erased)$")
HANDLER_NAME = re.compile(
    r"^_*(?:on|handle|process|project|apply|when|consume|react)(?:_|[A-Z]|$)|"
    r"_(?:handler|listener|consumer|subscriber|projector|projection|callback)$"
)
HANDLER_DECORATOR_WORDS = frozenset(
    "subscribe subscriber subscribes handler handles handle listener listen listens listens_for "
    "on event events receiver consumer consume projection projector register task shared_task "
    "actor topic agent message_handler".split()
)
HANDLER_CLASS = re.compile(
    r"Projector|Projection|Handler|Consumer|Listener|Subscriber|Reactor|Saga|ProcessManager|"
    r"Worker|Processor|Policy"
)
HANDLER_PARAMS = frozenset({"event", "evt", "envelope", "payload", "domain_event"})
INSERT_VERBS = frozenset(
    "add add_all merge insert insert_one insert_many create acreate get_or_create "
    "aget_or_create update_or_create aupdate_or_create bulk_create abulk_create upsert save "
    "asave put put_item execute executemany replace_one update_one update_many bulk_write "
    "values on_conflict_do_update on_conflict_do_nothing on_duplicate_key_update".split()
)
CHECK_WORDS = frozenset(
    "get aget find exist exists aexists fetch fetchrow fetchval fetchone load lookup count first "
    "afirst one select query has contains scalar scalars filter read ensure require retrieve "
    "find_one".split()
)
GENERIC = frozenset(
    (
        "objects filter session db query where self cls repo repository store collection table "
        "get all first one by id ids conn connection cursor client models model delete remove "
        "purge destroy execute event evt payload data item record row entity obj object values "
        "value tx txn uow bulk many async sync pool mongo database cache redis exec stmt "
        "statement sa sqlalchemy orm manager service dao crud api app state select insert "
        "update upsert merge the a an on handle handler and or of for to in from is not none"
    ).split()
)

MESSAGE = (
    "{function} {verb} {child} keyed by {field} without checking that the {parent} still "
    "exists, while this module deletes {parent} rows ({deleter}, line {line}): if the delete "
    "commits first, this write fails its foreign key at commit (or leaves an orphan) and the "
    "event's data is lost. Check the parent first ({hint}) and skip the event with a log line "
    "when it is gone"
)


@dataclass(frozen=True, slots=True)
class Deletion:
    """Where the module deletes rows of a parent type, and how it reads."""

    node: ast.AST
    text: str


@dataclass(frozen=True, slots=True)
class Scope:
    """Code that handles events: a handler function, or a function or module-level loop that
    binds an ``event`` variable (a consumer loop)."""

    name: str
    body: list[ast.stmt]
    function: FunctionNode | None


def check(ctx: PythonContext) -> None:
    source = ctx.source
    if "_id" not in source and not ("Id" in source and CAMEL_KEY.search(source)):
        return  # no ``<parent>_id`` / ``<parent>Id`` anywhere: nothing can be keyed by a parent
    scopes = _event_scopes(ctx.model)
    if not scopes:
        return
    index = write_index(ctx)
    deleted = _deleted_types(ctx, index)
    if not deleted:
        return
    for scope in scopes:
        for write in writes_among(index, scope.body):
            _judge(ctx, index, scope, write, deleted)


def _event_scopes(model: SemanticModel) -> list[Scope]:
    functions: dict[FunctionNode, None] = {}
    module_level = False
    for kind in (ast.FunctionDef, ast.AsyncFunctionDef):
        for function in model.of_type(kind):
            if _is_event_handler(function, model):
                functions[function] = None
    # Ex) for message in consumer: event = json.loads(message.value) ...
    for binding in (
        *model.of_type(ast.Assign),
        *model.of_type(ast.For),
        *model.of_type(ast.AsyncFor),
    ):
        targets = binding.targets if isinstance(binding, ast.Assign) else [binding.target]
        if any(
            isinstance(n, ast.Name) and n.id in HANDLER_PARAMS for t in targets for n in ast.walk(t)
        ):
            function = model.enclosing_function(binding)
            if function is None:
                module_level = True
            else:
                functions[function] = None
    scopes = [Scope(f"{f.name}()", list(f.body), f) for f in functions]
    if module_level:
        scopes.append(Scope("the module-level event loop", list(model.tree.body), None))
    return scopes


def _judge(
    ctx: PythonContext,
    index: WriteIndex,
    scope: Scope,
    write: Write,
    deleted: dict[str, Deletion],
) -> None:
    model = ctx.model
    found = _child_key(write.call, scope, index)
    if found is None:
        return
    child, fields, sql = found
    for field in fields:
        parent = _parent_token(field, deleted)
        if parent is None or parent in _stem_tokens(child):
            continue
        # Ex) INSERT INTO parts (...) SELECT ... WHERE EXISTS (SELECT 1 FROM messages ...)
        if sql and re.search(SQL_PARENT_CHECK.format(table=parent), sql, re.IGNORECASE):
            ctx.accept(
                CODE, write.call, "parent existence checked in the statement", call=write.label
            )
            return
        # Ex) if session.get(Message, event.message_id) is None: return
        if _checks_parent(scope, write.call, parent, model):
            ctx.accept(CODE, write.call, "parent existence checked", call=write.label)
            return
        # Ex) try: session.commit() / except IntegrityError: log.warning(...); return
        if _tolerates_fk_failure(write.call, model):
            ctx.accept(CODE, write.call, "foreign-key failure handled", call=write.label)
            return
        deletion = deleted[parent]
        verb = "upserts" if _is_upsert(write.call, sql, scope) else "inserts"
        if child == "row":
            shown = "a row"
        elif child[:1].isupper():
            shown = f"{'an' if child[0] in 'AEIOU' else 'a'} {child}"
        else:
            shown = f"a row in {child}"
        ctx.report(
            CODE,
            write.call,
            MESSAGE.format(
                function=scope.name,
                verb=verb,
                child=shown,
                field=field,
                parent=parent,
                deleter=deletion.text,
                line=deletion.node.lineno,  # type: ignore[attr-defined]
                hint=_hint(parent, sql, child, deletion),
            ),
            call=write.label,
        )
        return


# --- the parents this module deletes ----------------------------------------------------------


def _deleted_types(ctx: PythonContext, index: WriteIndex) -> dict[str, Deletion]:
    """Normalised parent type -> the first place the module deletes it."""
    model = ctx.model
    deleted: dict[str, Deletion] = {}

    def add(tokens: set[str], node: ast.AST, text: str) -> None:
        for token in tokens:
            deleted.setdefault(token, Deletion(node, text))

    # Ex) "DELETE FROM messages WHERE id = $1"
    constants = model.of_type(ast.Constant) if DELETE_SQL.search(ctx.source) else []
    for constant in constants:
        if isinstance(constant.value, str) and "delete" in constant.value.lower():
            for match in DELETE_SQL.finditer(constant.value):
                add(_stem_tokens(match.group(1)), constant, f"DELETE FROM {match.group(1)}")
    # Ex) f"DELETE FROM {SCHEMA}.albums WHERE id = %s"
    fstrings = model.of_type(ast.JoinedStr) if "DELETE" in ctx.source.upper() else []
    for fstring in fstrings:
        text = fstring_text(fstring)
        for match in DELETE_SQL.finditer(text):
            add(_stem_tokens(match.group(1)), fstring, f"DELETE FROM {match.group(1)}")
    for call in model.of_type(ast.Call):
        name = call_name(call)
        match = DELETE_CALL.match(name)
        if match is None:
            continue
        rendered = _short(call)
        # Ex) repo.delete_message(event.message_id) / remove_messages(ids)
        if match.group(1):
            add(_stem_tokens(match.group(1)), call, rendered)
            continue
        # Ex) delete(Message).where(...) (SQLAlchemy core)
        if isinstance(call.func, ast.Name):
            if (model.resolve(call.func) or "").startswith("sqlalchemy") or call.args:
                add(_expr_tokens(call.args[:1], model, index, call), call, rendered)
            continue
        # Ex) Message.objects.filter(...).delete() / session.query(Message).filter(...).delete()
        #     / db.messages.delete_one(...) / session.delete(message) / await message.delete()
        if index.direct(call) is None:
            continue
        receiver = call.func.value  # type: ignore[attr-defined]
        tokens = _expr_tokens([receiver], model, index, call)
        if name in ("delete", "adelete") and call.args and not call.keywords:
            tokens |= _expr_tokens(call.args[:1], model, index, call)
        add(tokens, call, rendered)
    # Ex) def on_message_removed(event): ...   (a handler named after the deletion)
    for kind in (ast.FunctionDef, ast.AsyncFunctionDef):
        for function in model.of_type(kind):
            snake = "_".join(_ordered_words(function.name))
            stripped = re.sub(r"^(?:on|handle|when|apply|project|process)_", "", snake)
            event = EVENT_DELETED.match(stripped)
            if event and index.function(function) is not None and not _soft_deletes(function):
                add(_stem_tokens(event.group(1)), function, f"{function.name}()")
    return deleted


def _soft_deletes(function: FunctionNode) -> bool:
    """The handler marks the row instead of removing it (``UPDATE messages SET deleted_at``,
    ``message.deleted = True``, ``.update(is_deleted=True)``): the parent row stays."""
    for node in ast.walk(function):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if DELETE_SQL.search(node.value):
                return False
            if SOFT_DELETE_SQL.search(node.value):
                return True
        elif isinstance(node, ast.Attribute | ast.keyword):
            name = node.attr if isinstance(node, ast.Attribute) else node.arg or ""
            if SOFT_DELETE_FIELD.match(name) and (
                isinstance(node, ast.keyword) or isinstance(node.ctx, ast.Store)
            ):
                return True
    return False


def _expr_tokens(
    exprs: list[ast.expr], model: SemanticModel, index: WriteIndex, at: ast.AST
) -> set[str]:
    """Entity names mentioned by expressions: names, attributes, call arguments, and the values
    a variable was bound to (``msg = session.get(Message, id)``). ``*_id`` names are keys,
    not entities, and are skipped."""
    tokens: set[str] = set()
    scope = model.enclosing_function(at)
    pending: list[ast.AST] = list(exprs)
    seen_names: set[str] = set()
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Name):
            tokens |= _tokens(node.id)
            if node.id not in seen_names:
                seen_names.add(node.id)
                pending.extend(index.scopes.bindings(node.id, scope)[:3])
        elif isinstance(node, ast.Attribute):
            tokens |= _tokens(node.attr)
            pending.append(node.value)
        elif isinstance(node, ast.Call):
            pending.append(node.func)
            pending.extend(a for a in node.args if isinstance(a, ast.Name | ast.Attribute))
        elif isinstance(node, ast.Await):
            pending.append(node.value)
    return tokens


def _tokens(identifier: str) -> set[str]:
    """``ChatMessages`` -> {"chat_message", "message"}; generic words and ``*_id`` dropped."""
    words = [w for w in re.split(r"_", "_".join(_ordered_words(identifier))) if w]
    if not words or words[-1] in ("id", "ids", "pk", "uuid", "key"):
        return set()
    words = [_singular(w) for w in words]
    result = set()
    if words[-1] not in GENERIC:
        result.add(words[-1])
    full = "_".join(w for w in words if w not in GENERIC)
    if full and len(full) > 2:
        result.add(full)
    return {t for t in result if len(t) > 2}


def _ordered_words(identifier: str) -> list[str]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", identifier)
    return [w for w in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if w]


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _short(call: ast.Call) -> str:
    text = dotted(call.func) or call_name(call)
    if isinstance(call.func, ast.Name) and call.args and dotted(call.args[0]):
        return f"{text}({dotted(call.args[0])})"
    return f"{text}()" if len(text) < 50 else f"...{text[-47:]}()"


# --- event handlers ----------------------------------------------------------------------------


def _is_event_handler(function: FunctionNode, model: SemanticModel) -> bool:
    if HANDLER_NAME.search(function.name):
        return True
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if not words_of(dotted(target)).isdisjoint(HANDLER_DECORATOR_WORDS):
            return True
    parent = model.parent(function)
    if isinstance(parent, ast.ClassDef) and HANDLER_CLASS.search(parent.name):
        return True
    for arg in (*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs):
        if arg.arg in HANDLER_PARAMS:
            return True
        if arg.annotation is not None and dotted(arg.annotation).endswith("Event"):
            return True
    return False


# --- the child write ---------------------------------------------------------------------------


def _child_key(
    call: ast.Call, scope: Scope, index: WriteIndex
) -> tuple[str, list[str], str] | None:
    """(child entity, parent-key fields, SQL text) of an insert/upsert, or None."""
    name = call_name(call)
    if name not in INSERT_VERBS:
        return None
    if name in ("update_one", "update_many") and not _keyword_true(call, "upsert"):
        return None
    child = ""
    fields: list[str] = []
    sql = ""
    pending: list[ast.AST] = [*call.args, *(k.value for k in call.keywords)]
    if isinstance(call.func, ast.Attribute):
        child = _entity_of_receiver(call.func.value)
    # Ex) Review.create(product_id=...) / Track.insert(album=event["album_id"])
    fields += _keyword_keys(call)
    seen: set[str] = set()
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Await):
            pending.append(node.value)
        elif isinstance(node, ast.Name):
            if node.id not in seen:
                seen.add(node.id)
                pending.extend(index.scopes.bindings(node.id, scope.function)[:3])
                fields += _keys_set_on(node.id, scope.body)  # part.message_id = event.message_id
        elif isinstance(node, ast.BoolOp | ast.IfExp):
            # Ex) part = session.get(Part, id) or Part(id=id)
            pending.extend(
                node.values if isinstance(node, ast.BoolOp) else [node.body, node.orelse]
            )
        elif isinstance(node, ast.Call):
            callee = dotted(node.func)
            last = callee.rsplit(".", 1)[-1]
            fields += _keyword_keys(node)
            if last[:1].isupper() and not child:
                child = last  # Part(message_id=...)
            if last.endswith(("insert", "upsert")) and node.args and not child:
                child = dotted(node.args[0]).rsplit(".", 1)[-1]  # insert(Part)
            pending.append(node.func)
            pending.extend(node.args)
            pending.extend(k.value for k in node.keywords)
        elif isinstance(node, ast.Attribute):
            pending.append(node.value)
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    if _is_key(key.value):
                        fields.append(key.value)
                pending.append(value)
        elif isinstance(node, ast.List | ast.Tuple):
            pending.extend(node.elts)
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)) or isinstance(
            node, ast.JoinedStr
        ):
            # Ex) "INSERT INTO parts (id, message_id) ..." / f"INSERT INTO {schema}.parts ..."
            text = node.value if isinstance(node, ast.Constant) else fstring_text(node)
            match = INSERT_SQL.search(text)
            if match:
                sql = text
                child = child or match.group(1)
                fields += [
                    c.strip(' `"') for c in match.group(2).split(",") if _is_key(c.strip(' `"'))
                ]
            elif isinstance(node, ast.JoinedStr):
                pending.extend(node.values)
    if not fields:
        return None
    return child or "row", list(dict.fromkeys(fields)), sql


def _keys_set_on(name: str, body: list[ast.stmt]) -> list[str]:
    """Parent keys assigned as attributes of a local object: ``part.message_id = ...``."""
    keys = []
    for node in own_nodes(body):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == name
                    and _is_key(target.attr)
                ):
                    keys.append(target.attr)
    return keys


def _entity_of_receiver(receiver: ast.expr) -> str:
    """``Part.objects`` / ``Review`` -> the model; ``db.parts`` / ``self.db.parts`` -> parts."""
    if isinstance(receiver, ast.Attribute) and receiver.attr == "objects":
        return dotted(receiver.value).rsplit(".", 1)[-1]
    if isinstance(receiver, ast.Name) and receiver.id[:1].isupper():
        return receiver.id
    if isinstance(receiver, ast.Attribute):
        owner = dotted(receiver.value).rsplit(".", 1)[-1]
        if owner in ("db", "database", "mongo"):
            return receiver.attr
    return ""


def _keyword_keys(call: ast.Call) -> list[str]:
    """Keyword arguments that hold a parent key: ``message_id=...``, or a foreign-key field
    given an id (``album=event["album_id"]``)."""
    return [k.arg for k in call.keywords if k.arg and (_is_key(k.arg) or _id_value(k.value))]


def _id_value(expr: ast.expr) -> bool:
    """``event["album_id"]`` / ``event.album_id`` / ``album_id``: the value is an id."""
    for node in ast.walk(expr):
        if isinstance(node, ast.Name) and _is_key(node.id):
            return True
        if isinstance(node, ast.Attribute) and _is_key(node.attr):
            return True
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _is_key(node.value):
            return True
    return False


def _is_key(name: str) -> bool:
    return (name.endswith("_id") and name not in ("_id", "id")) or (
        name.endswith("Id") and len(name) > 2
    )


def _keyword_true(call: ast.Call, name: str) -> bool:
    return any(
        k.arg == name and isinstance(k.value, ast.Constant) and k.value.value is True
        for k in call.keywords
    )


def _parent_token(field: str, deleted: dict[str, Deletion]) -> str | None:
    """``message_id`` -> "message" when the module deletes messages."""
    if field.endswith("_id"):
        stem = field[:-3]
    elif field.endswith("Id"):
        stem = field[:-2]
    else:
        stem = field  # Track.insert(album=event["album_id"]) (a Peewee foreign key)
    for token in sorted(_stem_tokens(stem), key=len, reverse=True):
        if token in deleted:
            return token
    return None


def _stem_tokens(stem: str) -> set[str]:
    words = [_singular(w) for w in _ordered_words(stem)]
    if not words:
        return set()
    return {"_".join(words), words[-1]}


def _is_upsert(call: ast.Call, sql: str, scope: Scope) -> bool:
    if call_name(call) in ("merge", "upsert", "update_or_create", "aupdate_or_create", "put"):
        return True
    if _keyword_true(call, "upsert"):
        return True
    if re.search(r"ON\s+CONFLICT|ON\s+DUPLICATE|REPLACE|UPSERT", sql, re.IGNORECASE):
        return True
    return any(
        isinstance(n, ast.Attribute) and n.attr.startswith("on_conflict")
        for n in own_nodes(scope.body)
    )


# --- the existence check -----------------------------------------------------------------------


def _checks_parent(scope: Scope, write: ast.Call, parent: str, model: SemanticModel) -> bool:
    """Before ``write`` and on its path, does ``function`` read the parent
    (get/exists/SELECT/``in``)?"""
    for node in own_nodes(scope.body):
        if not before(node, write) or not _on_path(node, write, model):
            continue
        if isinstance(node, ast.Compare) and any(
            isinstance(op, ast.In | ast.NotIn) for op in node.ops
        ):
            if parent in _mentions(node.comparators):
                return True
        if not isinstance(node, ast.Call) or node is write:
            continue
        # Ex) db.execute("SELECT 1 FROM messages WHERE id = ?", ...).fetchone()
        #     / "INSERT INTO threads (id) VALUES ($1) ON CONFLICT DO NOTHING" first: the
        #     handler (re)creates the parent itself, in the same unit of work
        for arg in node.args:
            if isinstance(arg, ast.JoinedStr):
                text = fstring_text(arg)  # f"SELECT 1 FROM {schema}.albums WHERE id = %s"
            elif isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                text = arg.value
            else:
                continue
            if SELECT.match(text) and re.search(
                SQL_PARENT_CHECK.format(table=parent), text, re.IGNORECASE
            ):
                return True
            if re.search(SQL_PARENT_INSERT.format(table=parent), text, re.IGNORECASE):
                return True
        # Ex) event = Event(...); session.add(event); session.add(Ticket(event_id=event.id))
        name = call_name(node)
        if name[:1].isupper() and parent in _stem_tokens(name):
            return True
        # Ex) session.get(Message, id) / repo.message_exists(id) / db.messages.find_one(...)
        if words_of(name).isdisjoint(CHECK_WORDS):
            continue
        if parent in _tokens(name) or parent in _mentions([node.func, *node.args]):
            return True
    return False


def _on_path(node: ast.AST, write: ast.AST, model: SemanticModel) -> bool:
    """Is ``node`` on every path to ``write``, not in a sibling branch (another ``case``,
    the other arm of an ``if``, an ``except`` handler of the write's ``try``)?"""
    write_path: dict[ast.AST, ast.AST] = {}
    child = write
    for ancestor in model.ancestors(write):
        write_path[ancestor] = child
        child = ancestor
    child = node
    for ancestor in model.ancestors(node):
        if ancestor in write_path:
            other = write_path[ancestor]
            if isinstance(ancestor, ast.If | ast.While) and child is ancestor.test:
                return True
            if isinstance(ancestor, ast.Match):
                return child is ancestor.subject or child is other
            return _field_of_child(ancestor, child) == _field_of_child(ancestor, other)
        child = ancestor
    return False


def _field_of_child(owner: ast.AST, child: ast.AST) -> str:
    for name, value in ast.iter_fields(owner):
        if value is child or (isinstance(value, list) and any(v is child for v in value)):
            return name
    return ""


def _mentions(exprs: list[ast.expr]) -> set[str]:
    """Entity tokens named anywhere in ``exprs``."""
    tokens: set[str] = set()
    for expr in exprs:
        for node in ast.walk(expr):
            if isinstance(node, ast.Name):
                tokens |= _tokens(node.id)
            elif isinstance(node, ast.Attribute):
                tokens |= _tokens(node.attr)
    return tokens


def _tolerates_fk_failure(write: ast.Call, model: SemanticModel) -> bool:
    for ancestor in model.ancestors(write):
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            return False
        if isinstance(ancestor, ast.Try | ast.TryStar):
            for handler in ancestor.handlers:
                names = dotted(handler.type) if handler.type is not None else ""
                if re.search(r"Integrity|ForeignKey|Constraint", names):
                    return True
    return False


def _hint(parent: str, sql: str, child: str, deletion: Deletion) -> str:
    """The existence check, spelled with the parent's real table or model name when the
    module's own delete shows it (``DELETE FROM message`` / ``delete(Message)``)."""
    if sql:
        found = DELETE_SQL.search(deletion.text)
        if found is not None and parent in _stem_tokens(found.group(1)):
            table = found.group(1)
        else:  # the child's table naming, singular or plural, is the best guess
            table = f"{parent}s" if child.endswith("s") else parent
        return f"SELECT 1 FROM {table} WHERE id = ..., or INSERT ... SELECT ... WHERE EXISTS"
    entity = next(
        (
            name
            for name in re.findall(r"\b[A-Z][A-Za-z0-9]*\b", deletion.text)
            if parent in _stem_tokens(name)
        ),
        "".join(w.capitalize() for w in parent.split("_")),
    )
    return f"session.get({entity}, {parent}_id) / {entity}.objects.filter(pk=...).exists()"
