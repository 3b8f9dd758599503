"""What a write is in JS/TS: the vocabulary of ORM, driver, KV, queue, HTTP and file writes.

A write is recognised on the *outermost* call of a builder chain (``db.insert(t).values(v)
.onConflictDoUpdate(...)`` is one write, reported on the whole chain; ``.then/.catch/.finally``
are not part of it). Recognised:

- drizzle ``db.insert/update/delete(table)…``; Knex ``knex("t").insert/update/del(...)``;
  Kysely ``db.insertInto/updateTable/deleteFrom(...)….execute()``;
- Prisma ``prisma.model.create/createMany/update/updateMany/upsert/delete/deleteMany``,
  ``$executeRaw``; TypeORM/Sequelize/Mongoose/MikroORM/MongoDB (``save``, ``insertOne``,
  ``updateMany``, ``findOneAndUpdate``, ``bulkCreate``, ``Model.create/destroy`` …); TypeORM
  query builders ``createQueryBuilder()….insert()/update(X)/delete()….execute()``; entity
  manager writes are named by their entity (``manager.insert(Order, row)`` writes ``Order``);
- SQL text: postgres.js/Neon tagged templates ``sql`INSERT …` ``, ``client.query("UPDATE …")``,
  D1/SQLite ``prepare("INSERT …").bind(…).run()``; synchronous SQL (a Durable Object's
  ``ctx.storage.sql.exec(…)``, better-sqlite3/``bun:sqlite``/``node:sqlite``) has no promise;
- Workers KV/R2/Durable Object storage ``put/delete``, Redis writes, a Redis ``pipeline()``/
  ``multi()`` sent by ``exec()`` and a Deno KV ``atomic()…commit()`` as one write, queue
  ``send``/``add``, broker publishes (amqplib ``sendToQueue``/``publish``, NATS and JetStream
  ``publish``, kafkajs ``producer.send``), AWS SDK ``client.send(new PutObjectCommand(…))``;
- ``fetch(url, {method: "POST"|"PUT"|"PATCH"|"DELETE"})`` and ``axios.post/put/patch/delete``
  (not to analytics/telemetry/webhook URLs: those are notifications, not stored data);
- ``fs.writeFile/appendFile`` (promise, callback and sync forms), ``Bun.write``,
  ``Deno.writeTextFile/writeFile`` (and their ``Sync`` forms);
- a function defined in the same file that performs a write one or two calls deep, a call
  whose name starts with a write verb and that is handed a database client (``trackAuthorView
  (sql, key)``) or is a repository/service method, and the user's ``write-calls``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from lostwrite.detectors.js.parser import FUNCTION_TYPES as FUNCTION_NODE_TYPES

if TYPE_CHECKING:
    from tree_sitter import Node

    from lostwrite.detectors.js.context import JsContext

DB_NAME = re.compile(
    r"^(db|tx|trx|txn|database|sql|pg|pool|client|conn|connection|knex|kysely|drizzle|prisma|"
    r"em|orm|repo|repository|manager|entitymanager|datasource|supabase|mongo|collection|"
    r"sequelize|redis|d1|dbclient|prismaclient|firestore|supabase)$",
    re.IGNORECASE,
)
DB_SUFFIX = re.compile(  # camelCase suffixes: ``userDb``, ``pgPool``, ``ordersRepository``
    r"[a-z0-9_](Db|DB|Database|Sql|SQL|Pool|Client|Conn|Connection|Repo|Repository|Prisma|Tx|"
    r"Trx|Knex|Collection|Kysely|Drizzle|Dao|DAO|Service)$"
)
NOT_STORES = re.compile(
    r"(map|set|cache|caches|headers|params|searchparams|url|query|cookies|weakmap|seen|"
    r"visited|registry|listeners|handlers|timers|queue_?items|state|store)$",
    re.IGNORECASE,
)
SQL_WRITE = re.compile(
    r"\b(INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE\s+[\w.\"`$\[\]{}]+\s+SET|DELETE\s+FROM|UPSERT|"
    r"MERGE\s+INTO|REPLACE\s+INTO|(?<!=)(?<!=\s)TRUNCATE(?:\s+TABLE)?\s+[\w\"`.]+)\b",
    re.IGNORECASE,
)

DRIZZLE_FIRST = frozenset({"insert", "update", "delete"})
DRIZZLE_VALUES = frozenset({"set", "values", "select"})
BUILDER_STEPS = frozenset(
    {
        "values", "set", "where", "returning", "onConflictDoUpdate", "onConflictDoNothing",
        "onDuplicateKeyUpdate", "run", "execute", "into", "table", "from", "merge", "ignore",
        "onConflict", "prepare", "bind", "all", "get",
    }
)  # fmt: skip
KNEX_WRITES = frozenset({"insert", "update", "del", "delete", "upsert", "increment", "decrement"})
KYSELY_FIRST = frozenset({"insertInto", "updateTable", "deleteFrom", "replaceInto", "mergeInto"})
KYSELY_VERBS = {
    "insertInto": "insert",
    "updateTable": "update",
    "deleteFrom": "delete",
    "replaceInto": "upsert",
    "mergeInto": "upsert",
}
KYSELY_EXECUTE = frozenset({"execute", "executeTakeFirst", "executeTakeFirstOrThrow", "stream"})
PRISMA_WRITES = frozenset(
    {
        "create", "createMany", "createManyAndReturn", "update", "updateMany",
        "updateManyAndReturn", "upsert", "delete", "deleteMany",
    }
)  # fmt: skip
DISTINCT_WRITES = frozenset(
    {
        "insertOne", "insertMany", "updateOne", "updateMany", "replaceOne", "deleteOne",
        "deleteMany", "findOneAndUpdate", "findOneAndReplace", "findOneAndDelete",
        "findByIdAndUpdate", "findByIdAndDelete", "findByIdAndRemove", "bulkWrite", "bulkCreate",
        "bulkInsert", "createMany", "upsert", "persistAndFlush", "removeAndFlush", "softDelete",
        "softRemove", "$executeRaw", "$executeRawUnsafe", "insertAndFetch", "patchAndFetchById",
        "batchInsert",
    }
)  # fmt: skip
# A TypeORM/MikroORM repository known by its type: ``create``/``merge`` only build entities.
TYPED_REPOSITORY_WRITES = frozenset(
    {
        "save", "insert", "update", "upsert", "delete", "remove", "softDelete", "softRemove",
        "restore", "recover", "increment", "decrement", "clear", "insertMany", "nativeInsert",
        "nativeUpdate", "nativeDelete", "upsertMany",
    }
)  # fmt: skip
UPSERT_OPTION = re.compile(r"\bupsert\s*:\s*true\b")
MODEL_WRITES = frozenset({"create", "destroy", "update", "remove", "insert", "delete", "save"})
MODEL_RECEIVER = re.compile(
    r"(Repository|Repo|repository|repo|Collection|collection|Dao|DAO)$"
    r"|^(em|entityManager|manager|model|Model)$|^[A-Z]\w*Model$|^[a-z]+Model$"
)
MODEL_MODULE = re.compile(r"(^|[/.@-])(models?|schemas?|entit(y|ies))\b", re.IGNORECASE)
BUILTIN_CLASSES = frozenset(
    {
        "Object", "Array", "Promise", "Reflect", "Symbol", "Math", "JSON", "Date", "Intl",
        "Buffer", "React", "URL", "Map", "Set", "WeakMap", "Error", "Number", "String", "Proxy",
        "Atomics", "Document", "Element", "Stream", "Readable", "Writable", "Worker", "Vue",
    }
)  # fmt: skip
SQL_METHODS = frozenset(
    {
        "query", "execute", "exec", "run", "none", "one", "oneOrNone", "any", "many", "result",
        "unsafe", "raw", "prepare", "executeQuery", "sql", "batch",
    }
)  # fmt: skip
KV_WRITES = frozenset({"put", "delete", "deleteAll", "setAlarm"})
REDIS_WRITES = frozenset(
    {
        "set", "setex", "hset", "hmset", "hincrby", "incr", "incrby", "decr", "lpush", "rpush",
        "sadd", "zadd", "xadd", "del", "hdel", "mset", "expire", "json.set",
    }
)  # fmt: skip
# node-redis v4 / ioredis names, compared lower-cased: ``hSet``, ``xAdd``, ``lPush``, ``zAdd``…
REDIS_ANY_CASE = REDIS_WRITES | frozenset(
    {
        "setnx", "hsetnx", "hincrbyfloat", "incrbyfloat", "decrby", "lrem", "ltrim", "lset",
        "srem", "zrem", "zincrby", "unlink", "pexpire", "expireat", "getdel", "rpoplpush",
        "lmove", "smove", "zremrangebyscore", "xtrim", "append",
    }
)  # fmt: skip
# Deno KV ``kv.atomic()…commit()``: the operations that change data.
KV_ATOMIC_WRITES = frozenset({"set", "delete", "sum", "min", "max", "enqueue", "mutate"})
# Redis batches: ``redis.pipeline()``/``redis.multi()``, sent by ``.exec()`` as one write.
REDIS_BATCHES = frozenset({"pipeline", "multi"})
REDIS_BATCH_SEND = frozenset({"exec", "execAsync"})
BATCHES = REDIS_BATCHES | {"atomic"}
REDIS_MODULES = frozenset({"redis", "ioredis", "@redis/client", "@upstash/redis"})
QUEUE_RECEIVER = re.compile(r"(queue|producer|QUEUE|Queue|Producer)$")
PUBLISH_RECEIVER = re.compile(r"(topic|pubsub|publisher|producer|queue)$", re.IGNORECASE)
AMQP_MODULES = frozenset({"amqplib", "amqplib/callback_api", "amqp-connection-manager"})
AMQP_CHANNEL = re.compile(
    r"^(ch|chan|channel|\w*Channel|\w*[Cc]hannelWrapper|amqp|rabbit(mq)?|mq)$", re.IGNORECASE
)
AMQP_CHANNEL_MADE = rb"\s*(?::[^=;]+)?=\s*(?:await\s+)?[\w$.]+\.create(?:Confirm)?Channel\s*\("
NATS_MODULE = re.compile(r"^(nats|@nats-io/[\w-]+)$")
JETSTREAM = re.compile(r"^(js|jetstream)$|JetStream$|Js$")
NATS_CONNECTION = re.compile(r"^(nc|nats|conn|connection|client)$|Nats\w*$|Connection$", re.I)
AWS_WRITE_COMMAND = re.compile(
    r"^new\s+(Put|Delete|Update|Send|Publish|Write|Copy|Create|BatchWrite|TransactWrite|Upload)"
    r"\w*Command\b"
)
HTTP_CLIENTS = re.compile(
    r"^(axios|ky|got|http|httpClient|api|apiClient|\$fetch|ofetch|superagent|this\.http)$"
)
HTTP_WRITE_METHODS = frozenset({"post", "put", "patch", "delete"})
NOTIFICATION_URL = re.compile(
    r"(analytics|telemetry|metrics|beacon|ping|track|sentry|posthog|segment|mixpanel|"
    r"plausible|datadog|healthcheck|webhook|hooks\.slack|discord\.com/api/webhooks|log|"
    # computations, not stores: a POST that asks a service for an answer stores nothing
    r"classif|moderat|analy[sz]|predict|verif|inference|completions|embedding|translat|"
    r"detect|captcha|sentiment|spam|geocod|validat)",
    re.IGNORECASE,
)
FS_PROMISE_MODULES = frozenset(
    {"fs/promises", "node:fs/promises", "fs-extra", "fs.promises", "jsonfile"}
)
FS_WRITES = frozenset(
    {"writeFile", "appendFile", "outputFile", "outputJson", "writeJson", "writeJSON", "outputJSON"}
)
FS_SYNC_WRITES = frozenset(
    {
        "writeFileSync", "appendFileSync", "writeJsonSync", "outputFileSync", "outputJsonSync",
        "writeJSONSync", "outputJSONSync",
    }
)  # fmt: skip
DENO_WRITES = frozenset({"writeTextFile", "writeFile", "writeTextFileSync", "writeFileSync"})
SYNC_SQLITE_MODULES = ("better-sqlite3", "bun:sqlite", "node:sqlite")
# Steps of a synchronous SQLite API (better-sqlite3, ``bun:sqlite``, ``node:sqlite``): the
# statement runs before the call returns, there is no promise to await.
SYNC_SQLITE_STEPS = frozenset(
    {"exec", "run", "query", "prepare", "get", "all", "values", "iterate", "bind", "pluck", "raw"}
)
# ``this.sql = ctx.storage.sql`` / ``const { sql } = this.ctx.storage`` / ``sql: SqlStorage``:
# a Durable Object's SQLite storage under another name.
DO_SQL_ALIAS = re.compile(
    rb"\bsql\s*[?!]?\s*(?::\s*SqlStorage\b|=\s*[\w$.]*\bstorage\.sql\b)"
    rb"|\{[^{}=]*\bsql\b[^{}=]*\}\s*=\s*[\w$.]*\bstorage\b"
)
WRITE_VERB = re.compile(
    r"^(save|insert|update|upsert|delete|remove|persist|store|write|create|record|track|"
    r"increment|decrement|append|enqueue|log|bump|mark|put)(?:[A-Z_]|$)"
)
DOC_STEPS = frozenset({"from", "collection", "doc", "ref", "child", "firestore"})
DOC_WRITES = frozenset(
    {"insert", "update", "upsert", "delete", "del", "set", "add", "create", "remove"}
)
FIRESTORE_FUNCTIONS = frozenset({"setDoc", "addDoc", "updateDoc", "deleteDoc"})
RTDB_FUNCTIONS = frozenset({"set", "update", "push", "remove"})
DYNAMO_RECEIVER = re.compile(r"(dynamo|ddb|docClient|documentClient)", re.IGNORECASE)
DYNAMO_WRITES = frozenset({"put", "update", "delete", "batchWrite", "transactWrite"})
TRANSACTIONS = frozenset({"transaction", "$transaction"})
# TypeORM query builder: ``createQueryBuilder()….insert()/update(X)/delete()….execute()``.
QUERY_BUILDER_VERBS = {
    "insert": "insert",
    "update": "update",
    "delete": "delete",
    "softDelete": "delete",
    "restore": "update",
}
# An entity manager names no table: ``manager.insert(Order, row)`` writes ``Order``.
ENTITY_MANAGER = re.compile(r"^(manager|em|entityManager|\w+(?:Entity|Transaction)Manager)$")
REPOSITORY_GETTERS = frozenset({"getRepository", "getCustomRepository", "getMongoRepository"})
DOC_ROOTS = re.compile(
    r"^(supabase|firestore|firebase|admin|postgrest|client|db|database)$", re.IGNORECASE
)
CANDIDATE_NAMES = (
    BUILDER_STEPS
    | KNEX_WRITES
    | KYSELY_FIRST
    | KYSELY_EXECUTE
    | PRISMA_WRITES
    | DISTINCT_WRITES
    | MODEL_WRITES
    | TYPED_REPOSITORY_WRITES
    | SQL_METHODS
    | KV_WRITES
    | REDIS_WRITES
    | HTTP_WRITE_METHODS
    | FS_WRITES
    | FS_SYNC_WRITES
    | DENO_WRITES
    | frozenset(
        {
            "send",
            "sendBatch",
            "add",
            "addBulk",
            "publish",
            "publishMessage",
            "fetch",
            "write",
            "sendToQueue",
            "commit",
        }
    )
    | DOC_WRITES
    | DOC_STEPS
    | FIRESTORE_FUNCTIONS
    | DYNAMO_WRITES
    | TRANSACTIONS
    | REPOSITORY_GETTERS
)
CALLBACKS = frozenset({"arrow_function", "function_expression", "function"})
CHAIN_PASSTHROUGH = frozenset({"then", "catch", "finally", "pipe"})  # pipe: Effect
PRISMA_ROOT = re.compile(r"^(prisma|db|tx|trx|client|database)$|[Pp]risma$|Db$", re.IGNORECASE)
CANVAS_NAMES = frozenset({"ctx", "context", "canvas", "gfx", "graphics", "painter", "state"})
STRONG_VERB = re.compile(r"^(save|persist|insert|upsert|store)[A-Z]")
SOFT_VERBS = ("log", "track", "mark", "bump", "record")
SERVICE_RECEIVER = re.compile(r"(Repository|Repo|Dao|DAO|Service)$")
# A method name that means "make this durable" whatever the receiver is called
# (``vault.save(x)``, ``ledger.insert(row)``): a write when the code treats it as a promise.
PERSIST_METHODS = frozenset(
    {"save", "insert", "insertOne", "insertMany", "upsert", "persist", "saveAll", "upsertMany"}
)
PUT_RECEIVER = re.compile(r"(store|vault|storage|kv|bucket|blobs?|objects)$", re.IGNORECASE)
UPDATE_METHOD = re.compile(r"^(update|delete|remove)([A-Z]\w*)?$")
# Receivers that hold memory, not storage: their save/insert/delete are in-process.
MEMORY_RECEIVER = re.compile(
    r"(map|set|cache|caches|headers|params|searchparams|url|cookies|seen|visited|registry|"
    r"listeners|handlers|timers|list|array|arr|items|tree|editor|doc|document|selection|range|"
    r"buffer|history|stack|heap|index|ctx|context|canvas|gfx|graphics|painter|children|nodes|"
    r"queue|bag|pool|tokens|chars|text|string|str|node|el|element|dom|form|session)$",
    re.IGNORECASE,
)
MEMORY_BINDING = re.compile(
    rb"=\s*(?:/\*[^*]*\*/\s*)?new\s+(?:Map|Set|WeakMap|WeakSet|Array|URLSearchParams|Headers)\b"
)
# ``ledger = new Ledger(…)`` / ``ledger: Ledger`` / ``private readonly ledger: Ledger``: the
# class side is matched first (selective), the name is read right before it.
INSTANCE_OF = rb"(?:=\s*new\s+|[?!]?\s*:\s*)(%s)\b"
NAME_BEFORE = re.compile(rb"([\w$]+)\s*(?::[^=;]{0,60})?$")
CONSTRUCTED_WITH = re.compile(rb"(?<![\w$])([\w$]+)\s*=\s*new\s+[\w$.]+\(\s*([\w$.]+)\s*[,)]")
THIS_ALIAS = re.compile(rb"\bthis\.([\w$]+)\s*=\s*([\w$]+)\s*[;\n]")


@dataclass(frozen=True, slots=True)
class Write:
    """One write: ``node`` is the whole call chain, ``what`` a short description of it."""

    node: Node
    what: str
    kind: str  # db | kv | queue | http | file | call
    client: str  # the identifier of the client/connection it uses ("sql", "db", "env.KV"), or ""
    promise: bool  # False for sync and callback APIs: nothing to await
    table: str = ""  # the table/model written, when visible (drizzle, prisma, SQL text)
    verb: str = ""  # insert | update | delete | upsert | "" when unknown


@dataclass(slots=True)
class Chain:
    """A call chain ``base.m1(a).m2(b)…``: the methods, their calls, and the receiver."""

    methods: list[str]
    calls: list[Node]  # the call node of each method, innermost first
    receiver: str  # dotted receiver of the first method ("prisma.user", "c.env.KV"), or ""
    base: Node  # the innermost expression (identifier, member, or a plain call like knex("t"))


def chain_of(ctx: JsContext, call: Node) -> Chain:
    methods: list[str] = []
    calls: list[Node] = []
    current = call
    while current.type == "call_expression":
        function = current.child_by_field_name("function")
        if function is None or function.type != "member_expression":
            break
        methods.append(ctx.text_of(function.child_by_field_name("property")))
        calls.append(current)
        current = function.child_by_field_name("object")
        while current is not None and current.type in (
            "parenthesized_expression",
            "await_expression",
            "non_null_expression",
        ):
            current = current.named_children[0] if current.named_children else None
        if current is None:
            break
    methods.reverse()
    calls.reverse()
    base = current if current is not None else call
    receiver = dotted(ctx, base) if base.type != "call_expression" else ""
    return Chain(methods, calls, receiver, base)


def dotted(ctx: JsContext, node: Node) -> str:
    """``c.env.KV`` for a member chain of identifiers/``this``; '' for anything else."""
    if node.type in ("identifier", "this", "property_identifier", "shorthand_property_identifier"):
        return ctx.text_of(node)
    if node.type == "member_expression":
        obj = node.child_by_field_name("object")
        prop = node.child_by_field_name("property")
        left = dotted(ctx, obj) if obj is not None else ""
        return f"{left}.{ctx.text_of(prop)}" if left and prop is not None else ""
    if node.type in ("non_null_expression", "parenthesized_expression") and node.named_children:
        return dotted(ctx, node.named_children[0])
    return ""


def callee_name(ctx: JsContext, call: Node) -> str:
    """The called function's own name: ``insert`` for ``db.insert(t)``, ``fetch`` for ``fetch(u)``."""
    function = call.child_by_field_name("function")
    if function is None:
        return ""
    if function.type == "member_expression":
        return ctx.text_of(function.child_by_field_name("property"))
    if function.type == "identifier":
        return ctx.text_of(function)
    return ""


def arguments_of(call: Node) -> list[Node]:
    arguments = call.child_by_field_name("arguments")
    if arguments is None or arguments.type != "arguments":
        return []
    return [a for a in arguments.named_children if a.type != "comment"]


def string_value(ctx: JsContext, node: Node | None) -> str | None:
    """The text of a string or template literal (substitutions kept as written), else None."""
    if node is None or node.type not in ("string", "template_string"):
        return None
    return ctx.text_of(node)[1:-1]


def target_words(ctx: JsContext, node: Node) -> str:
    """The target's text, followed through a ``const x = …`` of the function, an enclosing one
    or the module (``fd`` -> ``openSync(tmp)``; ``STATE`` -> ``path.join(DIR, "state.json")``),
    or through the ``this.file = …`` assignment or field of its class."""
    text = ctx.text_of(node)
    value = value_of(ctx, node)
    if value is not None:
        resolved = ctx.text_of(value)
        if value.type == "identifier" and value != node:
            inner = value_of(ctx, value)
            resolved += " " + (ctx.text_of(inner) if inner is not None else "")
        return f"{text} {resolved}"
    return text


def value_of(ctx: JsContext, node: Node) -> Node | None:
    """The value an identifier or ``this.x`` was given (see :func:`target_words`), or None."""
    text = ctx.text_of(node)
    if node.type == "identifier":
        value = scoped_value(ctx, text, ctx.enclosing_function(node), node.start_byte)
        return value if value is not None else module_value(ctx, text)
    if node.type == "member_expression" and text.startswith("this.") and text.count(".") == 1:
        return member_value(ctx, node, text[5:])
    return None


KEYWORD_BEFORE = re.compile(rb"(?<![\w$])(?:const|let|var)\s+$")


def declaration_starts(ctx: JsContext, name: str, until: int) -> list[int]:
    """Where the ``const/let/var name = …`` declarations before ``until`` start. The search
    runs on the name's literal text (a leading keyword alternation would make the regex engine
    try every byte, seconds on an 8 MB bundle)."""
    pattern = re.compile(re.escape(name.encode()) + rb"\s*(?::[^=;]+)?=")
    starts: list[int] = []
    for match in pattern.finditer(ctx.source, 0, until):
        keyword = KEYWORD_BEFORE.search(ctx.source, max(0, match.start() - 24), match.start())
        if keyword is not None:
            starts.append(keyword.start())
    return starts


def declaration_value(ctx: JsContext, start: int, name: str) -> Node | None:
    """The initialiser of ``name`` in the declaration starting at byte ``start``."""
    node = ctx.tree.root_node.descendant_for_byte_range(start, start + 1)
    while node is not None and node.type not in ("lexical_declaration", "variable_declaration"):
        node = node.parent
    if node is None:
        return None
    for declarator in node.named_children:
        if (
            declarator.type == "variable_declarator"
            and ctx.text_of(declarator.child_by_field_name("name")) == name
        ):
            return declarator.child_by_field_name("value")
    return None


def scoped_value(ctx: JsContext, name: str, scope: Node | None, until: int) -> Node | None:
    """The initialiser of the last ``const/let/var name = …`` before ``until`` in the function
    ``scope`` or, failing that, in the functions around it (not the top level)."""
    starts = declaration_starts(ctx, name, until) if scope is not None else []
    while scope is not None and starts:
        body = scope.child_by_field_name("body")
        inside = [s for s in starts if body is not None and s >= body.start_byte]
        if inside:
            value = declaration_value(ctx, inside[-1], name)
            if value is not None:
                return value
        scope = ctx.enclosing_function(scope)
    return None


def module_value(ctx: JsContext, name: str) -> Node | None:
    """The initialiser of a top-level ``const/let/var name = …`` (``export`` allowed)."""
    return ctx.writes.module_values.get(name)


def _module_values(ctx: JsContext) -> dict[str, Node]:
    values: dict[str, Node] = {}
    for statement in ctx.tree.root_node.named_children:
        declaration = statement
        if declaration.type == "export_statement":
            declaration = declaration.child_by_field_name("declaration") or declaration
        if declaration.type not in ("lexical_declaration", "variable_declaration"):
            continue
        for declarator in declaration.named_children:
            value = declarator.child_by_field_name("value")
            name = declarator.child_by_field_name("name")
            if declarator.type == "variable_declarator" and value is not None and name is not None:
                values.setdefault(ctx.text_of(name), value)
    return values


def member_value(ctx: JsContext, node: Node, name: str) -> Node | None:
    """``this.file`` in a class: the value of the ``file = …`` field, of a constructor parameter
    property (``constructor(private readonly file = "jobs.json")``) or of ``this.file = …``."""
    body = node.parent
    while body is not None and body.type != "class_body":
        body = body.parent
    if body is None:
        return None
    for member in body.named_children:
        if (
            member.type in ("public_field_definition", "field_definition")
            and ctx.text_of(member.child_by_field_name("name")) == name
            and member.child_by_field_name("value") is not None
        ):
            return member.child_by_field_name("value")
        if (
            member.type == "method_definition"
            and ctx.text_of(member.child_by_field_name("name")) == "constructor"
        ):
            params = member.child_by_field_name("parameters")
            for param in params.named_children if params is not None else []:
                if ctx.text_of(param.child_by_field_name("pattern")) == name:
                    value = param.child_by_field_name("value")
                    if value is not None:
                        return value
    source = ctx.source
    pattern = rb"\bthis\.%s\s*=(?!=)\s*" % re.escape(name.encode())
    found = re.search(pattern, source[body.start_byte : body.end_byte])
    if found is None:
        return None
    start = body.start_byte + found.end()
    value = ctx.tree.root_node.descendant_for_byte_range(start, start + 1)
    while (
        value is not None
        and value.parent is not None
        and value.parent.type != ("assignment_expression")
    ):
        value = value.parent
    return value


class CallsByName:
    """The calls of the file by callee name (``save`` for ``save(x)`` and ``this.save(x)``),
    indexed on first use."""

    def __init__(self, ctx: JsContext) -> None:
        self.ctx = ctx
        self._index: dict[str, list[Node]] | None = None

    def get(self, name: str) -> list[Node]:
        if self._index is None:
            self._index = {}
            for call in self.ctx.index.calls:
                self._index.setdefault(callee_name(self.ctx, call), []).append(call)
        return self._index.get(name, [])


def is_chain_top(call: Node) -> bool:
    """True if the call is not continued by another builder method (``.then/.catch/.finally``
    and Effect's ``.pipe`` do not count)."""
    parent = call.parent
    if parent is None or parent.type != "member_expression":
        return True
    grand = parent.parent
    if grand is None or grand.type != "call_expression":
        return True  # a property read such as ``db.insert(t).values`` without a call
    prop = parent.child_by_field_name("property")
    return prop is not None and prop.text in (b"then", b"catch", b"finally", b"pipe")


def last_segment(name: str) -> str:
    return name.rsplit(".", 1)[-1]


def is_db_name(name: str) -> bool:
    last = last_segment(name)
    return (
        bool(last)
        and (DB_NAME.search(last) is not None or DB_SUFFIX.search(last) is not None)
        and not NOT_STORES.search(last)
    )


BARE_BINDING = re.compile(r"[A-Z0-9]_[A-Z0-9]|KV|BUCKET|R2|DB|STORE|STORAGE|NAMESPACE|D1")


def _binding_like(name: str) -> bool:
    """Workers bindings: ``env.KV``, ``c.env.BUCKET``, ``MY_KV``, Durable Object ``storage``."""
    last = last_segment(name)
    # a bare ``JG``/``_Q`` is a minifier's name; a bare binding says what it is (``MY_KV``)
    upper = last.isupper() and len(last) > 1 and ("." in name or BARE_BINDING.search(last))
    return bool(last) and (
        bool(upper)
        or last == "storage"
        or (
            not last.startswith(("_", "#"))
            and re.search(r"(KV|Kv|kv|Bucket|bucket|R2|r2|Namespace|namespace)$", last) is not None
        )
    )


class WriteIndex:
    """Every write in a file, keyed by its chain node; local writer functions resolved."""

    def __init__(self, ctx: JsContext) -> None:
        self.ctx = ctx
        self.modules = frozenset(target.split("#", 1)[0] for target in ctx.index.imports.values())
        self.sync_sqlite = any(module in self.modules for module in SYNC_SQLITE_MODULES)
        self.extra = tuple(ctx.options.write_calls)
        self.extra_names = frozenset(last_segment(name) for name in self.extra)
        self.fs_aliases = {
            local: target.rsplit("#", 1)[1]
            for local, target in ctx.index.imports.items()
            if "#" in target and target.rsplit("#", 1)[1] in FS_WRITES | FS_SYNC_WRITES
        }
        self.calls = CallsByName(ctx)
        self.local_writers: dict[str, Write] = {}
        self.by_node: dict[Node, Write] = {}
        self._model_factories: bool | None = None  # does the file call model(…)/define(…)?
        self._defined_models: dict[str, bool] = {}
        self._redis_file: bool | None = None
        self._classes: dict[str, dict[str, Node]] | None = None
        self._instances: dict[str, str] | None = None
        self._promised_callees: frozenset[str] | None = None
        self._declared_types: dict[str, str] = {}
        self._memory_names: frozenset[str] | None = None
        self._constructed: dict[str, str] | None = None
        self._module_values: dict[str, Node] | None = None
        direct: list[Write] = []
        for call in ctx.index.calls:
            if not self._may_write(call) or not is_chain_top(call):
                continue
            write = self.classify(call)
            if write is not None:
                if write.kind == "db" and ENTITY_MANAGER.match(write.table):
                    write = self._managed_entity(write)
                if write.promise and error_first_callback(ctx, call):
                    write = replace(write, promise=False)  # query(sql, params, (err) => …)
                direct.append(write)
                self.by_node[call] = write
        self._resolve_local_writers(direct)

    def _may_write(self, call: Node) -> bool:
        """A cheap look at the names in the call chain before the full classification."""
        current: Node | None = call
        links = 0
        while current is not None and current.type == "call_expression" and links < 12:
            links += 1
            function = current.child_by_field_name("function")
            if function is None:
                return False
            if function.type == "member_expression":
                prop = function.child_by_field_name("property")
                name = prop.text.decode() if prop is not None and prop.text else ""
                current = function.child_by_field_name("object")
            elif function.type == "identifier":
                name = function.text.decode() if function.text else ""
                current = None
                if name in RTDB_FUNCTIONS:
                    return True
            else:
                return False
            if links == 1 and name in CHAIN_PASSTHROUGH:
                return False  # write().catch(…): the write is the inner call
            if name in CANDIDATE_NAMES or name in self.extra_names or name in self.fs_aliases:
                return True
            if links == 1 and (WRITE_VERB.match(name) or name.lower() in REDIS_ANY_CASE):
                return True
            while current is not None and current.type in (
                "await_expression",
                "parenthesized_expression",
                "non_null_expression",
            ):
                current = current.named_children[0] if current.named_children else None
        if current is not None and current.type == "call_expression":
            arguments = current.child_by_field_name("arguments")
            return arguments is not None and arguments.type == "template_string"
        arguments = call.child_by_field_name("arguments")
        return arguments is not None and arguments.type == "template_string"

    def _resolve_local_writers(self, direct: list[Write]) -> None:
        ctx = self.ctx
        functions = ctx.index.local_functions
        if not functions:
            return
        spans = {name: (fn.start_byte, fn.end_byte) for name, fn in functions.items()}

        def writers_among(writes: list[Write]) -> dict[str, Write]:
            found: dict[str, Write] = {}
            for name, (start, end) in spans.items():
                if name in self.local_writers or name in found:
                    continue
                inner = next(
                    (
                        w
                        for w in writes
                        if start < w.node.start_byte < end and not _caught_within(w, start)
                    ),
                    None,
                )
                if inner is not None:
                    found[name] = inner
            return found

        level_one = writers_among(direct)
        self.local_writers.update(level_one)
        new_calls = self._local_calls(level_one)
        level_two = writers_among(new_calls)
        self.local_writers.update(level_two)
        self._local_calls(level_two)

    def _local_calls(self, writers: dict[str, Write]) -> list[Write]:
        """Classify calls of the newly known local writers; return the new writes."""
        if not writers:
            return []
        found: list[Write] = []
        # only calls of a known writer or of a method of a local class can be one
        names = set(self.local_writers).union(*self.classes.values())
        candidates = {call for name in names for call in self.calls.get(name)}
        for call in self.ctx.index.calls:
            if call not in candidates or call in self.by_node or not is_chain_top(call):
                continue
            write = self._local_write(call)
            if write is not None:
                self.by_node[call] = write
                found.append(write)
        return found

    def _local_write(self, call: Node) -> Write | None:
        ctx = self.ctx
        function = call.child_by_field_name("function")
        if function is None:
            return None
        if function.type == "identifier":
            name = ctx.text_of(function)
        elif (
            function.type == "member_expression"
            and ctx.text_of(function.child_by_field_name("object")) != "this"
        ):
            # Ex) ledger.append(e) / this.bookkeeper.record(row), classes defined here
            prop = ctx.text_of(function.child_by_field_name("property"))
            if not any(prop in methods for methods in self.classes.values()):
                return None
            return self._class_method_write(call, chain_of(ctx, call))
        elif function.type == "member_expression":
            name = ctx.text_of(function.child_by_field_name("property"))
        else:
            return None
        inner = self.local_writers.get(name)
        definition = ctx.index.local_functions.get(name)
        if inner is None or definition is None:
            return None
        if function.type == "member_expression":
            # Ex) this.persist()  -- only a method of the class the call is in counts
            definition = _own_method(ctx, call, name)
            found = (
                None
                if definition is None
                else next(
                    (
                        w
                        for w in self.by_node.values()
                        if definition.start_byte < w.node.start_byte < definition.end_byte
                    ),
                    None,
                )
            )
            if definition is None or found is None:
                return None
            inner = found
        return Write(
            call,
            f"{name}() (writes via {inner.what})",
            "call",
            _client_argument(ctx, call) or inner.client,
            _returns_promise(ctx, definition, inner),
            inner.table,
            inner.verb,
        )

    @property
    def module_values(self) -> dict[str, Node]:
        """``{name: initialiser}`` of the file's top-level ``const/let/var`` declarations."""
        if self._module_values is None:
            self._module_values = _module_values(self.ctx)
        return self._module_values

    def get(self, node: Node) -> Write | None:
        return self.by_node.get(node)

    def all(self) -> list[Write]:
        return sorted(self.by_node.values(), key=lambda w: w.node.start_byte)

    # -- classification -------------------------------------------------------------------

    def classify(self, call: Node) -> Write | None:
        """The write performed by the chain ending in ``call``, or None."""
        ctx = self.ctx
        chain = chain_of(ctx, call)
        methods = chain.methods
        receiver = chain.receiver
        first = methods[0] if methods else ""
        last = methods[-1] if methods else ""
        base = chain.base
        # Ex) sql`INSERT INTO views …` / tx`UPDATE …` / sql.unsafe("DELETE …")
        if base.type == "call_expression":
            write = self._base_call(call, chain)
            if write is not None:
                return write
        if not methods:
            return self._extra(call, chain) or self._verb_call(call, chain)
        # Ex) client.query("UPDATE …") / env.DB.prepare("INSERT …").bind(x).run()
        for method, method_call in zip(methods, chain.calls, strict=True):
            if method in SQL_METHODS:
                args = arguments_of(method_call)
                sql = self._sql_text(args[0]) if args else None
                tagged = method_call.child_by_field_name("arguments")
                if sql is None and tagged is not None and tagged.type == "template_string":
                    sql = ctx.text_of(tagged)  # Ex) this.sql`UPDATE …`
                if sql is not None and SQL_WRITE.search(sql):
                    promise = not self._synchronous_sql(chain)
                    return Write(
                        call,
                        f"SQL {_keyword(sql)}",
                        "db",
                        receiver.split(".")[0],
                        promise,
                        _table_of_sql(sql),
                        _verb_of_sql(sql),
                    )
                if method == "prepare" and last == "run" and sql is None and not self.sync_sqlite:
                    return Write(
                        call, "prepared statement .run()", "db", receiver.split(".")[0], True
                    )
        # Ex) const insertNote = db.prepare("INSERT …"); … insertNote.run(id, body)   (sync SQLite)
        if methods == ["run"] and self.sync_sqlite:
            prepared = self._prepared_run(call, chain)
            if prepared is not None:
                return prepared
        document = self._document_store(call, chain)
        if document is not None:
            return document
        # Ex) dataSource.createQueryBuilder().insert().into(User).values(u).execute()   (TypeORM)
        if "createQueryBuilder" in methods and last == "execute":
            return self._query_builder(call, chain)
        # Ex) db.insertInto("person").values(v).execute()   (Kysely)
        if first in KYSELY_FIRST:
            if last in KYSELY_EXECUTE:
                return Write(
                    call,
                    f"Kysely {first}",
                    "db",
                    receiver.split(".")[0],
                    True,
                    self._first_arg_name(chain),
                    KYSELY_VERBS[first],
                )
            return None
        # Ex) db.insert(posts).values(v).onConflictDoUpdate(…)   (drizzle)
        if (
            first in DRIZZLE_FIRST
            and receiver
            and (is_db_name(receiver) or any(m in BUILDER_STEPS for m in methods[1:]))
            and (call.parent is None or call.parent.type != "template_substitution")
        ):  # not sql`INSERT INTO t ${sql.insert(row)}`: Effect SQL's values helper
            args = arguments_of(chain.calls[0])
            # drizzle needs the values (``.set``/``.values``/``.select``) to build the statement:
            # ``this.manager.update(state)`` alone is another API
            complete = first == "delete" or bool(DRIZZLE_VALUES.intersection(methods))
            if complete and len(args) == 1 and args[0].type in ("identifier", "member_expression"):
                verb = (
                    "upsert"
                    if "onConflictDoUpdate" in methods or "onDuplicateKeyUpdate" in methods
                    else first
                )
                return Write(
                    call,
                    f"drizzle {first}({ctx.text_of(args[0])})",
                    "db",
                    receiver.split(".")[0],
                    last not in ("run", "all", "get")
                    or not (self.sync_sqlite or _in_sync_function(call)),
                    ctx.text_of(args[0]),
                    verb,
                )
        # Ex) knex("users").insert(row) / trx("t").where(…).del() / request.db("t").insert(…)
        if any(m in KNEX_WRITES for m in methods):
            knex_call: Node | None = None
            knex_fn = ""
            if base.type == "call_expression":
                fn = base.child_by_field_name("function")
                knex_call, knex_fn = base, dotted(ctx, fn) if fn is not None else ""
            elif len(methods) >= 2 and receiver and methods[0] not in KNEX_WRITES:
                knex_call, knex_fn = chain.calls[0], f"{receiver}.{first}"
            args = arguments_of(knex_call) if knex_call is not None else []
            if (
                knex_fn
                and (
                    is_db_name(knex_fn)
                    or last_segment(knex_fn) == "knex"
                    or self._declared_type(last_segment(knex_fn)) in ("Knex", "Knex.Transaction")
                )
                and args
                and args[0].type in ("string", "template_string")
            ):
                verb = next(m for m in methods if m in KNEX_WRITES)
                return Write(
                    call,
                    f"Knex {verb}",
                    "db",
                    knex_fn,
                    True,
                    string_value(ctx, args[0]) or "",
                    "delete" if verb == "del" else verb,
                )
        # Ex) prisma.user.upsert({…}) / tx.message.delete({…})
        if first in PRISMA_WRITES and receiver.count(".") >= 1:
            root = receiver.rsplit(".", 1)[0]
            model = last_segment(receiver)
            if PRISMA_ROOT.search(last_segment(root)) and not model.startswith(("_", "#")):
                return Write(
                    call, f"Prisma {model}.{first}", "db", root, True, model, _prisma_verb(first)
                )
        # Ex) this.logins.save(e) with ``@InjectRepository(LoginEvent) logins: Repository<…>``
        typed = ctx.index.stores.get(last_segment(receiver)) if receiver else None
        if typed is not None and len(methods) == 1:
            kind, entity = typed
            if first in TYPED_REPOSITORY_WRITES or (kind == "mongoose" and first == "create"):
                return Write(
                    call,
                    f"{receiver}.{first}",
                    "db",
                    receiver.split(".")[0],
                    True,
                    entity,
                    _prisma_verb(first) or ("delete" if first == "clear" else "update"),
                )
            if kind == "typeorm" and first in ("create", "merge"):
                return None  # builds an entity in memory
        # Ex) collection.insertOne(doc) / User.findByIdAndUpdate(id, …) / repo.upsert(…)
        if first in DISTINCT_WRITES:
            verb = _prisma_verb(first)
            if verb == "update" and UPSERT_OPTION.search(ctx.text_of(chain.calls[0])):
                verb = "upsert"  # Ex) Photo.findOneAndUpdate(q, doc, { upsert: true })
            return Write(
                call,
                f"{receiver or 'model'}.{first}",
                "db",
                receiver.split(".")[0],
                True,
                last_segment(receiver),
                verb,
            )
        # Ex) user.save() / repo.save(entity) / User.create({…}) / User.destroy({ where })
        if first in MODEL_WRITES and receiver:
            last_name = last_segment(receiver)
            args = arguments_of(chain.calls[0])
            model_class = (
                bool(args)
                and (
                    args[0].type == "object"
                    or (
                        args[0].type in ("identifier", "member_expression")
                        and self._model_module(last_name)
                    )
                )
                and len(last_name) >= 3
                and last_name[:1].isupper()
                and not last_name.isupper()
                and last_name not in BUILTIN_CLASSES
            )
            entity_save = (
                first == "save"
                and all(a.type in CALLBACKS for a in args)
                and re.fullmatch(r"[a-z]\w{2,}", receiver) is not None
                and receiver not in CANVAS_NAMES
                and b".restore()" not in ctx.source  # canvas ctx.save() … ctx.restore()
            )
            repository = MODEL_RECEIVER.search(last_name) is not None and (
                first in ("save", "create") or (len(args) >= 2 if first == "update" else bool(args))
            )  # an ORM update takes the criteria and the changes: update(state) is a view's
            if first == "create" and ENTITY_MANAGER.match(last_name):
                return None  # manager.create(Order, data) / em.create(…): an entity in memory
            if (model_class or entity_save or repository) and not self.receiver_class(receiver):
                return Write(
                    call,
                    f"{receiver}.{first}",
                    "db",
                    receiver.split(".")[0],
                    True,
                    last_name,
                    _prisma_verb(first),
                )
        # Ex) env.KV.put(key, value) / this.ctx.storage.delete(key) / c.env.BUCKET.put(…)
        if (
            first in KV_WRITES
            and receiver
            and _binding_like(receiver)
            and "cache" not in receiver.lower()
            and not self._memory_value(receiver, call)
        ):
            return Write(
                call,
                f"{receiver}.{first}",
                "kv",
                receiver,
                True,
                "",
                "delete" if first.startswith("delete") else "update",
            )
        # Ex) await kv.atomic().check(entry).set(["users", id], user).commit()   (Deno KV)
        #     await redis.multi().set(k, v).incr(n).exec() / const p = redis.pipeline(); … p.exec()
        if last in REDIS_BATCH_SEND or last == "commit":
            batch = self._batch(call, chain)
            if batch is not None:
                return batch
        # Ex) redis.hset(key, field, value)   (not tx.hSet(…) with tx = client.multi(): queued)
        if (
            first in REDIS_WRITES
            and re.search(r"(redis|upstash|kv)$", last_segment(receiver), re.IGNORECASE)
            and not self._batch_variable(receiver, call)
        ):
            return Write(call, f"{receiver}.{first}", "kv", receiver, True)
        # Ex) client.hSet("vault", name, value) with ``createClient()`` from "redis"
        if (
            len(methods) == 1
            and first.lower() in REDIS_ANY_CASE
            and receiver
            and self._redis_client(receiver)
            and not self._batch_variable(receiver, call)
        ):
            verb = "delete" if first.lower() in ("del", "unlink", "hdel", "srem", "zrem") else ""
            return Write(call, f"{receiver}.{first}", "kv", receiver, True, "", verb or "update")
        # Ex) env.AUTHOR_QUEUE.send(msg) / queue.add("job", data) / topic.publishMessage(…)
        if first in ("send", "sendBatch") and (
            QUEUE_RECEIVER.search(receiver) or last_segment(receiver) in ctx.index.queues
        ):
            return Write(call, f"{receiver}.{first}", "queue", receiver, True)
        if first in ("add", "addBulk") and re.search(r"queue$", receiver, re.IGNORECASE):
            args = arguments_of(chain.calls[0])
            if len(args) < 2 or args[0].type not in ("string", "template_string"):
                return None  # a Set or an in-memory queue, not BullMQ's queue.add(name, data)
            return Write(call, f"{receiver}.{first}", "queue", receiver, True)
        if first in ("sendToQueue", "publish") and len(methods) == 1:
            broker = self._broker_publish(call, chain)
            if broker is not None:
                return broker
        if first in ("publish", "publishMessage") and PUBLISH_RECEIVER.search(
            last_segment(receiver)
        ):
            return Write(call, f"{receiver}.{first}", "queue", receiver, True)
        # Ex) s3.send(new PutObjectCommand({…}))
        if first == "send" and receiver:
            args = arguments_of(chain.calls[0])
            if args and AWS_WRITE_COMMAND.match(ctx.text_of(args[0])):
                command = ctx.text_of(args[0])[4:].split("(")[0].strip()
                kind = "queue" if command.startswith(("Send", "Publish")) else "kv"
                return Write(call, f"{receiver}.send({command})", kind, receiver, True)
        # Ex) axios.post(url, body) / ky.put(url, {json})
        if first in HTTP_WRITE_METHODS and HTTP_CLIENTS.match(receiver):
            args = arguments_of(chain.calls[0])
            if args and not NOTIFICATION_URL.search(ctx.text_of(args[0])):
                return Write(call, f"{receiver}.{first}", "http", receiver, True)
        # Ex) fs.writeFile(p, data) / fs.promises.appendFile(p, line) / fs.writeFileSync(p, s)
        if first in FS_WRITES or first in FS_SYNC_WRITES:
            write = self._fs(call, chain, first, receiver)
            if write is not None:
                return write
        if receiver == "Bun" and first == "write":
            return Write(call, "Bun.write", "file", "", True)
        # Ex) await Deno.writeTextFile(path, JSON.stringify(state))
        if receiver == "Deno" and first in DENO_WRITES and len(methods) == 1:
            args = arguments_of(chain.calls[0])
            target = ctx.text_of(args[0]) if args else ""
            promise = not first.endswith("Sync")
            return Write(call, f"Deno.{first}({target})", "file", "", promise, target, "update")
        return (
            self._extra(call, chain)
            or self._persist_method(call, chain)
            or self._verb_call(call, chain)
        )

    def _query_builder(self, call: Node, chain: Chain) -> Write | None:
        """A TypeORM query-builder write, named by its entity: the argument of ``update(X)``/
        ``into(X)``/``from(X)``, of ``createQueryBuilder(X, "x")``/``getRepository(X)``, or
        the repository's entity (``@InjectRepository(X)``); a ``select`` is no write."""
        ctx = self.ctx
        start = chain.methods.index("createQueryBuilder")
        step = next(
            (
                i
                for i in range(start + 1, len(chain.methods))
                if chain.methods[i] in QUERY_BUILDER_VERBS
            ),
            None,
        )
        if step is None:
            return None
        method = chain.methods[step]
        entity = ""
        for index in [step, *range(step + 1, len(chain.methods)), start, *range(start)]:
            if chain.methods[index] not in (
                "update",
                "into",
                "from",
                "createQueryBuilder",
                *REPOSITORY_GETTERS,
            ):
                continue
            args = arguments_of(chain.calls[index])
            table = string_value(ctx, args[0]) if args else None
            if table and index != start and re.fullmatch(r"[\w.]+", table):
                entity = table  # Ex) .into("customer_group_customers"): the table itself
                break
            if args and args[0].type in ("identifier", "member_expression"):
                entity = last_segment(ctx.text_of(args[0]))
                if entity[:1].isupper():
                    break
            entity = ""
        if not entity and chain.receiver:
            typed = ctx.index.stores.get(last_segment(chain.receiver))
            entity = typed[1] if typed is not None else ""
        verb = QUERY_BUILDER_VERBS[method]
        if method == "insert" and "orUpdate" in chain.methods:
            verb = "upsert"
        return Write(
            call,
            f"TypeORM {method}({entity})" if entity else f"TypeORM query builder {method}",
            "db",
            chain.receiver.split(".")[0],
            True,
            entity,
            verb,
        )

    def _managed_entity(self, write: Write) -> Write:
        """``manager.insert(Order, row)`` / ``em.remove(order)`` with ``order: Order``: the
        entity written (the first argument when it is an entity class, else the declared type
        of the entity passed), not the manager; '' when neither is visible."""
        ctx = self.ctx
        args = arguments_of(write.node)
        first = args[0] if args else None
        entity = ""
        if first is not None and first.type == "identifier":
            name = ctx.text_of(first)
            entity = name if name[:1].isupper() else self._declared_type(name)
        elif first is not None and first.type == "string" and len(args) >= 2:
            entity = string_value(ctx, first) or ""  # Ex) manager.delete("Order", { id })
        entity = entity.split(".")[-1] if re.fullmatch(r"[A-Z][\w$.]*", entity) else ""
        if entity in BUILTIN_CLASSES:
            entity = ""
        what = f"{write.what}({entity})" if entity else write.what
        return replace(write, what=what, table=entity)

    def _prepared_run(self, call: Node, chain: Chain) -> Write | None:
        """``stmt.run(…)`` where ``stmt`` (a ``const`` of the function, one around it or the
        module) is a sync SQLite driver's ``db.prepare("INSERT …")``: the statement runs here,
        synchronously (the ``prepare`` only compiled it)."""
        ctx = self.ctx
        if not re.fullmatch(r"[\w$]+", chain.receiver):
            return None
        value = scoped_value(ctx, chain.receiver, ctx.enclosing_function(call), call.start_byte)
        value = value if value is not None else self.module_values.get(chain.receiver)
        if value is None or value.type != "call_expression":
            return None
        made = chain_of(ctx, value)
        if made.methods[-1:] != ["prepare"]:
            return None
        args = arguments_of(made.calls[-1])
        sql = self._sql_text(args[0]) if args else None
        if sql is None or not SQL_WRITE.search(sql):
            return None
        return Write(
            call,
            f"SQL {_keyword(sql)} ({chain.receiver}.run)",
            "db",
            made.receiver.split(".")[0],
            False,
            _table_of_sql(sql),
            _verb_of_sql(sql),
        )

    def _broker_publish(self, call: Node, chain: Chain) -> Write | None:
        """A message handed to a broker: amqplib ``channel.sendToQueue(q, buf)`` /
        ``channel.publish(exchange, key, buf)`` (buffered, returns a boolean; a promise through
        amqp-connection-manager's wrapper), core NATS ``nc.publish(subject, data)`` (buffered,
        no promise) and JetStream ``js.publish(subject, data)`` (a promise of the broker's ack).
        Not an RPC reply to ``msg.properties.replyTo``: that answers, it stores nothing."""
        name = last_segment(chain.receiver)
        method = chain.methods[0]
        args = arguments_of(chain.calls[0])
        if not name or not args:
            return None
        amqp = bool(self.modules & AMQP_MODULES)
        if method == "sendToQueue" or (amqp and len(args) >= 3):
            channel = AMQP_CHANNEL.match(name) is not None or (
                name_match(self.ctx.source, name, AMQP_CHANNEL_MADE) is not None
            )
            content = 1 if method == "sendToQueue" else 2
            if not channel or len(args) <= content or "replyTo" in self.ctx.text_of(args[0]):
                return None
            promise = "amqp-connection-manager" in self.modules
            return Write(call, f"{chain.receiver}.{method}", "queue", chain.receiver, promise)
        if not any(NATS_MODULE.match(module) for module in self.modules):
            return None
        if JETSTREAM.search(name):
            return Write(call, f"{chain.receiver}.publish", "queue", chain.receiver, True)
        if NATS_CONNECTION.search(name):
            return Write(call, f"{chain.receiver}.publish", "queue", chain.receiver, False)
        return None

    def _synchronous_sql(self, chain: Chain) -> bool:
        """SQL run by an API that returns no promise: a Durable Object's ``ctx.storage.sql
        .exec(…)`` (also ``this.sql.exec(…)`` where ``sql`` is that storage), or a sync SQLite
        driver's ``db.exec(…)``/``db.prepare(…).run()``/``db.query(…).run()``. Not a lone
        ``x.query(…)``: in ``bun:sqlite`` it only prepares, in a pg client beside it, it writes."""
        if chain.methods[0] == "exec" and (
            chain.receiver.endswith("storage.sql")
            or (last_segment(chain.receiver) == "sql" and DO_SQL_ALIAS.search(self.ctx.source))
        ):
            return True
        return self.sync_sqlite and (
            "prepare" in chain.methods
            or (chain.methods != ["query"] and SYNC_SQLITE_STEPS.issuperset(chain.methods))
        )

    def _batch_of(self, receiver: str, call: Node) -> Chain | None:
        """The ``redis.multi()``/``redis.pipeline()``/``kv.atomic()`` chain a local variable
        holds, or None."""
        source = self.ctx.source
        if not re.fullmatch(r"[\w$]+", receiver) or not any(
            opener in source for opener in (b".multi(", b".pipeline(", b".atomic(")
        ):
            return None
        scope = self.ctx.enclosing_function(call)
        value = scoped_value(self.ctx, receiver, scope, call.start_byte)
        if value is not None and value.type == "await_expression" and value.named_children:
            value = value.named_children[0]
        if value is None or value.type != "call_expression":
            return None
        made = chain_of(self.ctx, value)
        return made if made.methods and made.methods[0] in BATCHES else None

    def _batch_variable(self, receiver: str, call: Node) -> bool:
        """``tx.hSet(…)`` with ``tx = client.multi()``: queued in the batch, written by its
        ``exec()``."""
        return self._batch_of(receiver, call) is not None

    def _batch(self, call: Node, chain: Chain) -> Write | None:
        """A batch sent by one call, one write when one of its operations writes (queued in
        the chain, or on the batch's variable in the same function: ``const p =
        redis.pipeline(); p.set(k, v); await p.exec()``): a Redis ``pipeline()``/``multi()``
        sent by ``exec()``, a Deno KV ``kv.atomic()`` sent by ``commit()``."""
        ctx = self.ctx
        methods = chain.methods
        queued = methods[1:-1]
        client = chain.receiver
        batch = methods[0]
        if batch not in BATCHES:
            made = self._batch_of(chain.receiver, call) if len(methods) == 1 else None
            if made is None:
                return None
            client, batch = made.receiver, made.methods[0]
            body = ctx.source[made.calls[-1].end_byte : call.start_byte]
            name = re.escape(chain.receiver.encode())
            used = re.findall(rb"(?<![\w$.])" + name + rb"\s*\.\s*([\w$.]+)\s*\(", body)
            queued = made.methods[1:] + [u.decode() for u in used]
        if not client or (methods[-1] == "commit") != (batch == "atomic"):
            return None
        if batch == "atomic":
            changes = {m for m in queued if m in KV_ATOMIC_WRITES}
            if not changes:
                return None
            verb = "delete" if changes == {"delete"} else "update"
            return Write(call, "a Deno KV atomic commit", "kv", client, True, "", verb)
        writes = list(dict.fromkeys(m for m in queued if m.lower() in REDIS_ANY_CASE))
        if not writes:
            return None
        if not (
            re.search(r"(redis|upstash)$", last_segment(client), re.IGNORECASE)
            or self._redis_client(client)
        ):
            return None
        what = f"a Redis {batch} ({', '.join(writes)})"
        return Write(call, what, "kv", client, True, "", "update")

    def _redis_client(self, receiver: str) -> bool:
        """A Redis client: the file imports a Redis module and the receiver is a client by
        its name (``client``, ``redis``, ``cache``-free) or made by ``createClient()``."""
        if self._redis_file is None:
            self._redis_file = bool(self.modules & REDIS_MODULES)
        if not self._redis_file:
            return False
        last = last_segment(receiver)
        if re.search(r"(redis|upstash)$", last, re.IGNORECASE) or is_db_name(last):
            return True
        made = rb"\s*=\s*(?:await\s+)?(?:createClient|new\s+Redis)\("
        return name_match(self.ctx.source, last, made) is not None

    # -- classes defined in this file and receivers of unknown type -----------------------

    @property
    def classes(self) -> dict[str, dict[str, Node]]:
        """``{class name: {method name: method node}}`` for the classes defined in this file."""
        if self._classes is None:
            self._classes = {}
            for function in self.ctx.index.functions:
                if function.type != "method_definition" or function.parent is None:
                    continue
                owner = function.parent.parent
                if owner is None or owner.type not in ("class_declaration", "class"):
                    continue
                name = owner.child_by_field_name("name")
                if name is None and owner.parent is not None:
                    name = owner.parent.child_by_field_name("name")  # X = class { … }
                method = function.child_by_field_name("name")
                if name is not None and method is not None:
                    methods = self._classes.setdefault(self.ctx.text_of(name), {})
                    methods.setdefault(self.ctx.text_of(method), function)
        return self._classes

    def receiver_class(self, receiver: str) -> str:
        """The local class a receiver (``ledger``, ``this.bookkeeper``) is an instance of, from
        ``x = new Ledger(…)``, ``x: Ledger`` (parameters, parameter properties, fields) or
        ``this.x = y`` with ``y`` one of those; '' when unknown."""
        if not self.classes:
            return ""
        if self._instances is None:
            self._instances = {}
            source = self.ctx.source
            names = b"|".join(re.escape(c.encode()) for c in self.classes)
            for match in re.finditer(INSTANCE_OF % names, source):
                before = NAME_BEFORE.search(source, max(0, match.start() - 80), match.start())
                if before is not None:
                    self._instances.setdefault(before.group(1).decode(), match.group(1).decode())
            for match in THIS_ALIAS.finditer(self.ctx.source):
                name, other = match.group(1).decode(), match.group(2).decode()
                if name not in self._instances and other in self._instances:
                    self._instances[name] = self._instances[other]
        return self._instances.get(receiver.removeprefix("this."), "")

    def _class_method_write(self, call: Node, chain: Chain) -> Write | None:
        """``ledger.append(e)`` where ``ledger`` is a ``Ledger`` of this file whose ``append``
        writes (directly; methods calling writers are found by the local-writer passes)."""
        if len(chain.methods) != 1 or not chain.receiver or chain.receiver == "this":
            return None
        cls = self.receiver_class(chain.receiver)
        method = self.classes.get(cls, {}).get(chain.methods[0]) if cls else None
        if method is None:
            return None
        inner = next(
            (
                w
                for w in self.by_node.values()
                if method.start_byte < w.node.start_byte < method.end_byte
            ),
            None,
        )
        if inner is None:
            return None
        return Write(
            call,
            f"{chain.receiver}.{chain.methods[0]}() (writes via {inner.what})",
            "call",
            _client_argument(self.ctx, chain.calls[0])
            or self.instance_client(chain.receiver)
            or chain.receiver,
            _returns_promise(self.ctx, method, inner),
            inner.table,
            inner.verb,
        )

    def _persist_method(self, call: Node, chain: Chain) -> Write | None:
        """``vault.save(x)`` / ``ledger.insert(row)`` on a receiver of unknown type: a
        persistence verb is a write when the code treats the call as a promise (awaited,
        ``.then``/``.catch``-ed, awaited elsewhere in the file) or it runs in ``async`` code;
        ``update…``/``delete…``/``remove…`` and ``put`` need more (see docs/js.md)."""
        if len(chain.methods) != 1 or not chain.receiver or chain.receiver == "this":
            return None
        method = chain.methods[0]
        if method not in PERSIST_METHODS and method != "put" and not UPDATE_METHOD.match(method):
            return None
        last = last_segment(chain.receiver)
        if not last or last.startswith(("_", "#")) or MEMORY_RECEIVER.search(last):
            return None
        args = arguments_of(chain.calls[0])
        if any(a.type in CALLBACKS for a in args):
            return None
        strong = method in PERSIST_METHODS
        put = method == "put" and PUT_RECEIVER.search(last) is not None and len(args) >= 1
        update = (
            UPDATE_METHOD.match(method) is not None
            and bool(args)
            and args[0].type in ("object", "identifier", "member_expression", "string", "number")
        )
        if not (strong or put or update):
            return None
        promised = self._treated_as_promise(call, chain.receiver, method)
        if not promised and (update or not _in_async_function(call)):
            return None
        if strong and not args and not promised:
            return None
        if self.receiver_class(chain.receiver) or self._memory_binding(last):
            return None  # a local class whose method does not write, or a Map/Set
        return Write(
            call,
            f"{chain.receiver}.{method}",
            "db",
            self.instance_client(chain.receiver) or chain.receiver.split(".")[0],
            True,
            last,
            _prisma_verb(method) or "update",
        )

    def _declared_type(self, name: str) -> str:
        """The type a name is annotated with (``k: Knex``, ``private readonly k: Knex``)."""
        if name not in self._declared_types:
            match = name_match(self.ctx.source, name, rb"\??\s*:\s*([A-Z][\w$.]*)")
            self._declared_types[name] = match.group(1).decode() if match else ""
        return self._declared_types[name]

    def instance_client(self, receiver: str) -> str:
        """The database client an instance was built on (``repo = new Repo(pool)`` -> ``pool``),
        so that closing ``pool`` is seen as closing what ``repo.save(x)`` writes through."""
        if self._constructed is None:
            self._constructed = {}
            for match in CONSTRUCTED_WITH.finditer(self.ctx.source):
                arg = match.group(2).decode()
                if is_db_name(arg):
                    self._constructed.setdefault(match.group(1).decode(), arg)
        return self._constructed.get(last_segment(receiver), "")

    def _memory_binding(self, name: str) -> bool:
        """``name`` is bound to a ``new Map()``/``new Set()``… somewhere in the file."""
        if self._memory_names is None:
            source = self.ctx.source
            self._memory_names = frozenset(
                before.group(1).decode()
                for m in MEMORY_BINDING.finditer(source)
                if (before := NAME_BEFORE.search(source, max(0, m.start() - 80), m.start()))
            )
        return name in self._memory_names

    def _memory_value(self, receiver: str, call: Node) -> bool:
        """A local ``bucket`` bound to a ``new Map()`` or to an entry of one (``bucket =
        buckets.get(key)`` with ``buckets = new Map()``): in-process, not a storage binding."""
        if not re.fullmatch(r"[\w$]+", receiver):
            return False
        if self._memory_binding(receiver):
            return True
        scope = self.ctx.enclosing_function(call)
        value = scoped_value(self.ctx, receiver, scope, call.start_byte)
        value = value if value is not None else self.module_values.get(receiver)
        if value is None:
            return False
        text = self.ctx.text_of(value).encode()
        if MEMORY_BINDING.search(b"= " + text) or re.search(rb"\bnew\s+(?:Map|Set)\b", text):
            return True
        looked_up = re.findall(rb"([\w$]+)\s*\.\s*get\s*\(", text)
        return any(self._memory_binding(name.decode()) for name in looked_up)

    def _treated_as_promise(self, call: Node, receiver: str, method: str) -> bool:
        parent = call.parent
        while parent is not None and parent.type == "parenthesized_expression":
            parent = parent.parent
        if parent is not None and parent.type == "await_expression":
            return True  # not ``yield``: eslint's ``yield fixer.remove(node)`` is no promise
        if parent is not None and parent.type == "member_expression":
            prop = parent.child_by_field_name("property")
            if prop is not None and prop.text in (b"then", b"catch", b"finally"):
                return True
        # Ex) the same ``receiver.method(`` awaited or ``.then``-ed elsewhere in the file
        if self._promised_callees is None:
            self._promised_callees = _promised_callees(self.ctx.source)
        return f"{receiver}.{method}" in self._promised_callees

    def _document_store(self, call: Node, chain: Chain) -> Write | None:
        """Supabase/PostgREST, Firestore, MongoDB, DynamoDB, transactions, TypeORM getters."""
        ctx = self.ctx
        methods = chain.methods
        receiver = chain.receiver
        root = receiver.split(".")[0]
        # Ex) db.collection("users").updateOne(…) / Model.find(q).deleteMany()
        distinct = next((m for m in methods[1:] if m in DISTINCT_WRITES), None)
        if distinct is not None:
            return Write(
                call,
                f"{receiver or 'collection'}….{distinct}",
                "db",
                root,
                True,
                "",
                _prisma_verb(distinct),
            )
        # Ex) supabase.from("events").insert(row) / db.collection("users").doc(id).set(data)
        steps = [i for i, m in enumerate(methods) if m in DOC_STEPS]
        if steps and (is_db_name(receiver) or DOC_ROOTS.match(root) or "firestore" in methods):
            step = steps[0]
            for method in methods[steps[-1] + 1 :]:
                if method in DOC_WRITES:
                    args = arguments_of(chain.calls[step])
                    table = string_value(ctx, args[0]) if args else None
                    label = "Supabase" if methods[step] == "from" else "Firestore/MongoDB"
                    return Write(
                        call,
                        f"{label} {method}",
                        "db",
                        root,
                        True,
                        table or "",
                        _prisma_verb(method),
                    )
        first = methods[0] if methods else ""
        # Ex) dynamo.put(params).promise()   (aws-sdk v2 DocumentClient)
        if first in DYNAMO_WRITES and DYNAMO_RECEIVER.search(receiver):
            return Write(call, f"{receiver}.{first}", "db", root, True)
        # Ex) db.transaction(async (tx) => …) / prisma.$transaction([…])
        if (
            first in TRANSACTIONS
            and (is_db_name(receiver) or root.lower().endswith(("prisma", "sequelize", "knex")))
            and not _callback_transaction(ctx.source, arguments_of(chain.calls[0]))
        ):
            return Write(call, f"{receiver}.{first}", "db", root, True)
        # Ex) dataSource.getRepository(User).save(user)
        for index, method in enumerate(methods[:-1]):
            if method in REPOSITORY_GETTERS and methods[index + 1] in MODEL_WRITES:
                args = arguments_of(chain.calls[index])
                model = ctx.text_of(args[0]) if args else ""
                return Write(
                    call,
                    f"{model} repository {methods[index + 1]}",
                    "db",
                    root,
                    True,
                    model,
                    _prisma_verb(methods[index + 1]),
                )
        # Ex) new User(data).save()
        if chain.base.type == "new_expression" and first == "save":
            constructor = chain.base.child_by_field_name("constructor")
            name = ctx.text_of(constructor)
            if name[:1].isupper():
                return Write(call, f"new {name}(…).save", "db", "", True, name, "insert")
        return None

    def _base_call(self, call: Node, chain: Chain) -> Write | None:
        ctx = self.ctx
        base = chain.base
        fn = base.child_by_field_name("function")
        args_node = base.child_by_field_name("arguments")
        if fn is None:
            return None
        tag = dotted(ctx, fn)
        # Ex) sql`UPDATE authors SET views = views + 1 WHERE key = ${key}`
        if args_node is not None and args_node.type == "template_string":
            sql = ctx.text_of(args_node)
            if (
                tag
                and (is_db_name(tag) or last_segment(tag) in ("sql", "query"))
                and SQL_WRITE.search(sql)
            ):
                verb = _verb_of_sql(sql)
                return Write(
                    call,
                    f"{tag}`{_keyword(sql)} …`",
                    "db",
                    tag.split(".")[0],
                    True,
                    _table_of_sql(sql),
                    verb,
                )
            return None
        # Ex) sql.unsafe("DELETE FROM …") as a bare call of a member is handled by methods
        name = ctx.text_of(fn) if fn.type == "identifier" else ""
        args = arguments_of(base)
        # Ex) fetch(url, { method: "POST", body })
        if name == "fetch" and len(args) >= 2 and not chain.methods:
            method = _object_property(ctx, args[1], "method")
            if method and method.strip("'\"`").upper() in ("POST", "PUT", "PATCH", "DELETE"):
                if NOTIFICATION_URL.search(ctx.text_of(args[0])):
                    return None
                return Write(
                    call, f"fetch {method.strip(chr(39) + chr(34) + '`').upper()}", "http", "", True
                )
        # Ex) setDoc(doc(db, "users", id), data) / addDoc(collection(db, "events"), e)
        if name in FIRESTORE_FUNCTIONS and not chain.methods:
            return Write(call, f"Firestore {name}", "db", "", True, "", _prisma_verb(name))
        # Ex) set(ref(db, `users/${id}`), data)   (Realtime Database)
        if (
            name in RTDB_FUNCTIONS
            and not chain.methods
            and args
            and args[0].type == "call_expression"
        ):
            inner = args[0].child_by_field_name("function")
            if inner is not None and ctx.text_of(inner) in ("ref", "child"):
                return Write(
                    call, f"Realtime Database {name}", "db", "", True, "", _prisma_verb(name)
                )
        real = self.fs_aliases.get(name, name)  # const { writeFile: wf } = require("fs/promises")
        if (real in FS_WRITES or real in FS_SYNC_WRITES) and not chain.methods:
            return self._fs(call, chain, real, "", local=name)
        return None

    def _fs(
        self, call: Node, chain: Chain, name: str, receiver: str, local: str = ""
    ) -> Write | None:
        """An fs write; ``name`` is the fs function, ``local`` the name it is imported under."""
        ctx = self.ctx
        imports = ctx.index.imports
        if receiver:
            root = receiver.split(".")[0]
            module = imports.get(root, "")
            if (
                ".promises" in receiver
                or module in FS_PROMISE_MODULES
                or module.endswith("#promises")
            ):
                promise = name not in FS_SYNC_WRITES
            elif root in ("fs", "fsp", "fse", "fsPromises") or module in (
                "fs",
                "node:fs",
                "graceful-fs",
            ):
                promise = root in ("fsp", "fse", "fsPromises") and name not in FS_SYNC_WRITES
            else:
                return None
        else:
            module = ctx.index.module_of(local or name)
            if not module or not (module.startswith(("fs", "node:fs")) or module == "jsonfile"):
                return None
            promise = module in FS_PROMISE_MODULES and name not in FS_SYNC_WRITES
        call_node = chain.calls[0] if chain.calls else chain.base
        args = arguments_of(call_node)
        if args and args[-1].type in ("arrow_function", "function_expression", "function"):
            promise = False  # callback form
        target = ctx.text_of(args[0]) if args else ""
        return Write(
            call,
            f"{(receiver + '.') if receiver else ''}{local or name}({target})",
            "file",
            "",
            promise,
            target,
            "update",
        )

    def _model_module(self, name: str) -> bool:
        """``Post`` imported from a models/schema/entities module, or defined here with
        ``mongoose.model(…)``/``sequelize.define(…)``: ``Post.create(post)`` is a write."""
        if MODEL_MODULE.search(self.ctx.index.module_of(name)):
            return True
        source = self.ctx.source
        if self._model_factories is None:
            self._model_factories = b"model(" in source or b"define(" in source
        if not self._model_factories:
            return False
        if name not in self._defined_models:
            after = rb"\s*=\s*(?:[\w$]+\.)?(?:model|define)\("
            self._defined_models[name] = name_match(source, name, after) is not None
        return self._defined_models[name]

    def _sql_text(self, node: Node) -> str | None:
        text = string_value(self.ctx, node)
        if text is not None:
            return text
        if node.type == "call_expression":  # db.execute(sql`…`)
            args = node.child_by_field_name("arguments")
            if args is not None and args.type == "template_string":
                return self.ctx.text_of(args)
        return None

    def _first_arg_name(self, chain: Chain) -> str:
        args = arguments_of(chain.calls[0]) if chain.calls else []
        return (string_value(self.ctx, args[0]) or self.ctx.text_of(args[0])) if args else ""

    def _extra(self, call: Node, chain: Chain) -> Write | None:
        """The user's ``write-calls`` (a name or a dotted suffix of the callee)."""
        if not self.extra:
            return None
        ctx = self.ctx
        function = (chain.calls[0] if chain.calls else chain.base).child_by_field_name("function")
        callee = dotted(ctx, function) if function is not None else ""
        for name in self.extra:
            if callee == name or callee.endswith("." + name) or last_segment(callee) == name:
                return Write(
                    call, f"{callee}() (configured write call)", "call", callee.split(".")[0], True
                )
        return None

    def _verb_call(self, call: Node, chain: Chain) -> Write | None:
        """``trackAuthorView(sql, key)`` / ``this.usersService.remove(id)``: a write by name."""
        ctx = self.ctx
        if len(chain.methods) > 1:
            return None
        target = chain.calls[0] if chain.calls else chain.base
        name = chain.methods[0] if chain.methods else callee_name(ctx, target)
        if not WRITE_VERB.match(name):
            return None
        client = _client_argument(ctx, target)
        receiver_last = last_segment(chain.receiver)
        service = bool(SERVICE_RECEIVER.search(receiver_last)) if receiver_last else False
        if not client and not service and self._imported_persister(name, chain, call):
            return Write(call, f"{name}()", "call", "", True, "", _prisma_verb(name))
        if client and chain.receiver not in ("", "this") and not service:
            return None  # this._clients.delete(client): a collection, not a write helper
        if not client and not (service or name.startswith(SOFT_VERBS)):
            return None
        if name.startswith(SOFT_VERBS) and not client:
            return None  # logView()/trackClick() without a database client: telemetry
        local = chain.receiver in ("", "this") and name in ctx.index.local_functions
        if local and name not in self.local_writers:
            return None  # defined here and performs no write we can see
        if chain.receiver not in ("", "this") and self._sync_local_method(call, chain, name):
            return None  # this.projectService.updateTypings(r): a plain method of a class here
        return Write(
            call,
            f"{chain.receiver}.{name}()" if chain.receiver else f"{name}()",
            "call",
            client or chain.receiver.split(".")[0],
            True,
            "",
            _prisma_verb(name),
        )

    def _sync_local_method(self, call: Node, chain: Chain, name: str) -> bool:
        """The receiver's class is defined in this file (known, or unknown and untyped) and
        every method ``name`` it could be is synchronous and returns no call's result (so no
        promise): calling it starts no background write. The class around the call does not
        count (a controller's ``update`` handler calling its service's ``update``)."""
        known = self.receiver_class(chain.receiver)
        if not known and self._declared_type(last_segment(chain.receiver)):
            return False  # usersService: UsersService, a class of another module
        own = _own_method(self.ctx, call, name)
        definitions = [
            methods[name]
            for cls, methods in self.classes.items()
            if name in methods and methods[name] != own and (not known or cls == known)
        ]
        return bool(definitions) and not any(_may_return_promise(m) for m in definitions)

    def _imported_persister(self, name: str, chain: Chain, call: Node) -> bool:
        """``saveSession(s)`` imported from the project (``./store``, ``@/lib/db``) and called in
        an ``async`` function: a persistence helper by its name (``save``/``persist``/``insert``/
        ``upsert``/``store``…)."""
        if chain.receiver or not STRONG_VERB.match(name):
            return False
        module = self.ctx.index.module_of(name)
        if not module.startswith((".", "@/", "~/", "#", "$lib")):
            return False
        return not _in_sync_function(call)


def _caught_within(write: Write, start: int) -> bool:
    """A sync write inside a ``try`` of the function starting at byte ``start`` whose
    ``catch`` throws nothing: its failure stops there and never reaches the function's
    caller."""
    if write.promise:
        return False
    node = write.node.parent
    while node is not None and node.start_byte > start:
        if node.type == "statement_block" and node.parent is not None:
            statement = node.parent
            if (
                statement.type == "try_statement"
                and statement.child_by_field_name("body") == node
                and (handler := statement.child_by_field_name("handler")) is not None
                and b"throw" not in (handler.text or b"")
            ):
                return True
        node = node.parent
    return False


def _callback_transaction(source: bytes, args: list[Node]) -> bool:
    """WebSQL's ``db.transaction(function (tx) { tx.executeSql(…) }, onError, onSuccess)``: a
    callback API (error/success callbacks after the body, ``executeSql`` inside, or a body
    returning nothing in a file that opens WebSQL databases), no promise."""
    if args and _indexed_db_transaction(args):
        return True
    if not args or args[0].type not in FUNCTION_NODE_TYPES:
        return False
    if b"openDatabase(" in source and not _may_return_promise(args[0]):
        return True
    if len(args) >= 2 and all(
        a.type in FUNCTION_NODE_TYPES or a.type == "identifier" for a in args[1:]
    ):
        return True
    return b".executeSql(" in (args[0].text or b"")


def _indexed_db_transaction(args: list[Node]) -> bool:
    """IndexedDB's ``db.transaction(storeNames, "readwrite")``: returns an ``IDBTransaction``
    (events, no promise), named by its object stores and mode."""
    first = args[0].text or b""
    mode = (args[1].text or b"") if len(args) > 1 else b""
    if re.fullmatch(rb"""['"`](?:readwrite|readonly|versionchange)['"`]""", mode):
        return True
    if args[0].type == "string":
        return True  # knex/sequelize/prisma take a callback, an array or options
    return len(args) == 2 and re.search(rb"store", first, re.IGNORECASE) is not None


def _may_return_promise(function: Node) -> bool:
    """``async``, or a ``return`` of a call, ``await`` or ``new`` (``return this.repo.save(x)``)
    in the function's own body."""
    if any(child.type == "async" for child in function.children):
        return True
    body = function.child_by_field_name("body")
    pending = [body] if body is not None else []
    while pending:
        node = pending.pop()
        if node.type == "return_statement":
            value = node.named_children[0] if node.named_children else None
            while value is not None and value.type == "parenthesized_expression":
                value = value.named_children[0] if value.named_children else None
            if value is not None and value.type in (
                "call_expression", "await_expression", "new_expression", "identifier",
                "member_expression", "ternary_expression", "binary_expression",
            ):  # fmt: skip
                return True
        pending.extend(c for c in node.named_children if c.type not in FUNCTION_NODE_TYPES)
    return False


def _own_method(ctx: JsContext, call: Node, name: str) -> Node | None:
    """The method ``name`` of the class whose body contains ``call``."""
    body = call.parent
    while body is not None and body.type != "class_body":
        body = body.parent
    if body is None:
        return None
    return next(
        (
            m
            for m in body.named_children
            if m.type == "method_definition" and ctx.text_of(m.child_by_field_name("name")) == name
        ),
        None,
    )


def error_first_callback(ctx: JsContext, call: Node) -> bool:
    """The call's last argument is a Node-style ``(err, …) => …`` callback."""
    args = arguments_of(call)
    if not args or args[-1].type not in ("arrow_function", "function_expression", "function"):
        return False
    callback = args[-1]
    single = callback.child_by_field_name("parameter")
    params = callback.child_by_field_name("parameters")
    first = (
        single
        if single is not None
        else (params.named_children[0] if params is not None and params.named_children else None)
    )
    return (
        first is not None
        and re.fullmatch(r"(err|error|e|er|ex)\b.*", ctx.text_of(first)) is not None
    )


def _client_argument(ctx: JsContext, call: Node) -> str:
    for arg in arguments_of(call):
        if arg.type in ("identifier", "member_expression") and is_db_name(dotted(ctx, arg)):
            return dotted(ctx, arg)
    return ""


def _returns_promise(ctx: JsContext, function: Node, inner: Write) -> bool:
    """Does calling a local writer return a promise? Async functions do; sync functions only
    when they return the (promise-returning) write."""
    if any(child.type == "async" for child in function.children):
        return True
    body = function.child_by_field_name("body")
    if body is None or not inner.promise:
        return False
    if body.type != "statement_block":
        return True  # arrow with an expression body returns it
    return b"return " in ctx.source[body.start_byte : body.end_byte]


def _object_property(ctx: JsContext, node: Node, key: str) -> str | None:
    if node.type != "object":
        return None
    for pair in node.named_children:
        if pair.type == "pair" and ctx.text_of(pair.child_by_field_name("key")).strip("'\"") == key:
            return ctx.text_of(pair.child_by_field_name("value"))
    return None


def _verb_of_sql(sql: str) -> str:
    match = SQL_WRITE.search(sql)
    word = match.group(1).split()[0].lower() if match else ""
    if word == "insert" and re.search(
        r"ON\s+CONFLICT\s*(\([^)]*\))?\s*DO\s+UPDATE|ON\s+DUPLICATE\s+KEY", sql, re.IGNORECASE
    ):
        return "upsert"
    return {"replace": "upsert", "merge": "upsert", "truncate": "delete"}.get(word, word)


def _keyword(sql: str) -> str:
    match = SQL_WRITE.search(sql)
    return match.group(1).split()[0].upper() if match else "WRITE"


def _in_sync_function(node: Node) -> bool:
    """Inside a function that is not ``async`` (drizzle's SQLite ``.run()`` is sync there)."""
    current = node.parent
    while current is not None:
        if current.type in FUNCTION_NODE_TYPES:
            return not any(child.type == "async" for child in current.children)
        current = current.parent
    return False


def _in_async_function(node: Node) -> bool:
    current = node.parent
    while current is not None:
        if current.type in FUNCTION_NODE_TYPES:
            return any(child.type == "async" for child in current.children)
        current = current.parent
    return False


def _table_of_sql(sql: str) -> str:
    match = re.search(r"\b(?:INTO|UPDATE|FROM)\s+[\"`]?([\w.]+)", sql, re.IGNORECASE)
    return match.group(1) if match else ""


def _prisma_verb(method: str) -> str:
    lower = method.lower()
    for verb in ("upsert", "delete", "destroy", "remove", "update", "create", "insert", "save"):
        if verb in lower:
            return {
                "destroy": "delete",
                "remove": "delete",
                "create": "insert",
                "save": "upsert",
            }.get(verb, verb)
    return ""


AWAITED_CALLEE = re.compile(rb"await\s+([\w$]+(?:\s*\.\s*[\w$]+)+)\s*\(")
THEN_CALLED = re.compile(rb"\)\s*\.\s*(?:then|catch)\s*\(")
CALLEE_BEFORE = re.compile(rb"([\w$]+(?:\s*\.\s*[\w$]+)+)\s*$")
SPACES = re.compile(rb"\s+")
WORD_BYTE = re.compile(rb"[\w$]")
CHAIN_BYTE = re.compile(rb"[\w$.]")


def name_match(source: bytes, name: str, after: bytes) -> re.Match[bytes] | None:
    """The first ``name`` (a whole word) followed by the pattern ``after``. The search starts on
    the name's literal text: a leading ``\\b`` would make the engine try every byte of an 8 MB
    bundle."""
    for match in re.finditer(re.escape(name.encode()) + after, source):
        if not WORD_BYTE.match(source[match.start() - 1 : match.start()]):
            return match
    return None


def _promised_callees(source: bytes) -> frozenset[str]:
    """The member callees (``vault.save``) that are awaited (``await vault.save(``) or
    ``.then``/``.catch``-ed (``vault.save(x).then(``) somewhere in ``source``. One pass over
    the file, searches that start on literal text: linear even on an 8 MB bundle."""
    found: set[bytes] = set()
    for match in AWAITED_CALLEE.finditer(source):
        if not WORD_BYTE.match(source[match.start() - 1 : match.start()]):
            found.add(SPACES.sub(b"", match.group(1)))
    for match in THEN_CALLED.finditer(source):
        opening = source.rfind(b"(", max(0, match.start() - 201), match.start())
        if opening < 0 or re.search(rb"[;()]", source[opening + 1 : match.start()]):
            continue  # nested calls in the arguments or a statement break: not a callee's call
        callee = CALLEE_BEFORE.search(source, max(0, opening - 200), opening)
        if callee is not None and not CHAIN_BYTE.match(source[callee.start() - 1 : callee.start()]):
            found.add(SPACES.sub(b"", callee.group(1)))
    return frozenset(c.decode("utf-8", errors="replace") for c in found)
