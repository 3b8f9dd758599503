"""What a write is: the shared persistence vocabulary of the Python detectors.

A *write* is a call that makes data durable somewhere else: a SQL statement or ORM flush, a
document/key-value store mutation, an HTTP POST/PUT/PATCH/DELETE to a store, a file opened for
writing or appending, a repository-style ``save``/``insert``/``upsert`` on a repository/store
receiver, a name configured in ``[tool.lostwrite] write-calls``, or a call to a local function
or method that itself performs one of these (followed one or two calls deep).

Method names alone are not enough (``dict.update``, ``list.insert``, ``set.add``,
``str.replace``, ``cache.set`` on an in-memory dict are not writes), so each verb needs evidence
from its receiver: its own name (``session``, ``conn``, ``redis``, ``repo``), the type it was
bound to (a parameter annotation, ``conn = await asyncpg.connect()``, ``async with
pool.acquire() as conn``, ``self.repo = JudgmentRepository()``), the module an import resolves
to, or the SQL text an ``execute`` runs (a literal ``SELECT`` is a read).

API (stable; shared with the other Python detectors)::

    index = write_index(ctx)          # one per file, cached on the context
    index.direct(call)                # Write | None: the call itself is a write
    index.deep(call)                  # Write | None: a write, or a local function that writes
    index.function(fn)                # Write | None: the first write fn performs (<= 2 calls deep)
    index.reference(expr, scope)      # Write | None: a callable passed by reference writes
                                      #   (run_in_executor(None, f, x), Thread(target=self._flush),
                                      #   partial(f, x), lambda: repo.save(x), session.commit)
    index.writes_in(node)             # list[Write]: the writes among the calls inside ``node``
                                      #   (nested function bodies excluded)
    index.callee(call)                # FunctionNode | None: the local function a call targets
    index.lookup(func_expr, scope)    # FunctionNode | None: same, for a callable expression
    index.calls_of(fn)                # list[ast.Call]: calls whose nearest function is fn
    index.classes                     # dict[str, ast.ClassDef]: the file's classes by name
    index.loaded_attributes()         # frozenset[str]: attribute names read anywhere
    index.bound_values(expr, scope)   # list[ast.expr]: values/annotations bound to a name or
                                      #   self.attr (what the receiver was constructed from)
    index.evidence(expr, scope)       # Evidence: name words/heads, library kinds, in-memory
    Write.call / .kind / .label / .via / .describe() / .followed(name)

Calls to code that is not in the file are judged by name as a last resort (``PERSIST_NAME``):
``save_*`` / ``persist_*`` / ``upsert_*`` / ``store_*``, checkpoints (``sync_checkpoint``,
``save_checkpoint``, ``checkpoint()``) and ``flush_to_disk``/``write_to_db`` always;
``insert_*`` / ``commit_*`` and mutating verbs (``update_*``, ``record_*``, ``track_*``…) only
with a store-like receiver, argument (``track_author_view(sql, key)``) or noun. A volatile noun
(``save_cache``, ``store_metrics``) or an in-memory receiver vetoes them.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from lostwrite.detectors.python.context import PythonContext
from lostwrite.detectors.python.semantic import FunctionNode, SemanticModel, dotted

WriteKind = Literal[
    "sql",
    "orm",
    "document",
    "kv",
    "http",
    "file",
    "object-store",
    "repository",
    "configured",
    "queue",
    "search",
]

KIND_TEXT: dict[str, str] = {
    "sql": "database write",
    "orm": "ORM write",
    "document": "document-store write",
    "kv": "key-value store write",
    "http": "HTTP write",
    "file": "file write",
    "object-store": "object-store write",
    "repository": "repository write",
    "configured": "configured write",
    "queue": "message-queue write",
    "search": "search-index write",
}


@dataclass(frozen=True, slots=True)
class Write:
    """A write: the call that performs it, what kind it is, and the local calls leading to it."""

    call: ast.Call
    kind: str
    label: str
    via: tuple[str, ...] = ()

    def describe(self) -> str:
        """``the database write session.commit()`` / ``... (in persist() -> _insert())``."""
        text = f"the {KIND_TEXT.get(self.kind, 'write')} {self.label}"
        if self.via:
            text += " (in " + " -> ".join(f"{name}()" for name in self.via) + ")"
        return text

    def to_cache(self) -> bool:
        """A cache write or invalidation (``cache.delete(k)``, in ``bust_feed_cache()``):
        losing it costs a recomputation, not data."""
        names = [self.label.split("(", 1)[0], *self.via]
        return any(not words_of(n).isdisjoint(CACHE_WORDS) for n in names)

    def followed(self, name: str) -> Write:
        """The same write reached through one more local function ``name``."""
        return Write(self.call, self.kind, self.label, (name, *self.via))


# --- vocabulary -------------------------------------------------------------------------------

CACHE_WORDS = frozenset(("cache", "cached", "caches", "memo", "memoize"))

# Verbs that are writes on any receiver that is not a known in-memory container.
STRONG_VERBS: dict[str, str] = {
    **dict.fromkeys(
        (
            "insert_one insert_many update_one update_many replace_one delete_one delete_many "
            "bulk_write find_one_and_update find_one_and_replace find_one_and_delete "
            "find_and_modify"
        ).split(),
        "document",
    ),
    **dict.fromkeys(
        (
            "bulk_create bulk_update abulk_create abulk_update acreate aupdate adelete asave "
            "aget_or_create aupdate_or_create update_or_create get_or_create bulk_save_objects "
            "bulk_insert_mappings bulk_update_mappings add_all"
        ).split(),
        "orm",
    ),
    **dict.fromkeys(
        "executemany copy_records_to_table copy_to_table copy_from commit".split(), "sql"
    ),
    **dict.fromkeys(
        (
            "hset hmset hsetnx hincrby hincrbyfloat hdel xadd lpush rpush lpushx rpushx linsert "
            "lrem lset ltrim sadd srem smove zadd zincrby zrem zremrangebyscore setex psetex setnx "
            "mset msetnx incrby incrbyfloat decrby pfadd geoadd getset getdel"
        ).split(),
        "kv",
    ),
    **dict.fromkeys(
        "put_item batch_write_item update_item delete_item put_object upload_file "
        "upload_fileobj delete_object upload_from_string upload_from_filename upload_from_file "
        "upload_blob delete_blob".split(),
        "object-store",
    ),
    **dict.fromkeys("write_text write_bytes".split(), "file"),
    **dict.fromkeys("save persist upsert".split(), "repository"),
}
SQL_VERBS = frozenset("execute executescript flush add merge delete copy".split())
FETCH_VERBS = frozenset(
    "fetch fetchrow fetchval fetch_one fetch_all fetch_val fetchone fetchall".split()
)
KV_VERBS = frozenset("set delete incr decr expire expireat pexpire append rename unlink".split())
HTTP_VERBS = frozenset("post put patch delete".split())
FILE_VERBS = frozenset(("write", "writelines"))
FILE_WORDS = frozenset("f fh fp file handle outfile fout logfile".split())
REPO_VERBS = frozenset(
    "insert create update delete remove add put set store record write append log_event "
    "save_all insert_all add_event append_event upload enqueue".split()
)
MODEL_VERBS = frozenset(
    "create update delete insert insert_many replace save get_or_create update_or_create".split()
)
# Libraries by their top-level module (through imports or type annotations).
MODULE_KINDS: dict[str, str] = {
    **dict.fromkeys(
        "asyncpg psycopg psycopg2 psycopg_pool aiosqlite sqlite3 sqlalchemy sqlmodel databases "
        "aiomysql asyncmy pymysql MySQLdb aiopg".split(),
        "sql",
    ),
    **dict.fromkeys("redis aioredis coredis valkey".split(), "kv"),
    **dict.fromkeys("httpx aiohttp requests".split(), "http"),
    **dict.fromkeys("motor pymongo".split(), "document"),
    **dict.fromkeys("boto3 aioboto3 aiobotocore botocore".split(), "object-store"),
    **dict.fromkeys("tortoise peewee beanie pony odmantic mongoengine".split(), "orm"),
    **dict.fromkeys("elasticsearch opensearchpy meilisearch typesense".split(), "search"),
    **dict.fromkeys("aiokafka kafka confluent_kafka pika aio_pika aiormq".split(), "queue"),
}
QUEUE_VERBS = frozenset(
    "send send_and_wait produce publish send_message send_message_batch send_batch put_record "
    "put_records basic_publish".split()
)
QUEUE_HEADS = frozenset("producer publisher sqs kinesis exchange".split())
QUEUE_MARKERS = frozenset("kafka sqs kinesis rabbit rabbitmq amqp pika pubsub".split())
SEARCH_VERBS = frozenset(
    "index bulk update delete create add_documents update_documents delete_document "
    "delete_documents save_object save_objects upsert".split()
)
SEARCH_MARKERS = frozenset(
    "es elastic elasticsearch opensearch meili meilisearch typesense algolia".split()
)
SEARCH_HEADS = frozenset(("search",))  # search.index(doc): a bare "search" only indexes
SEARCH_INDEXING = frozenset(
    "index bulk add_documents update_documents save_object save_objects".split()
)
SEARCH_HELPERS = frozenset(
    "bulk async_bulk streaming_bulk async_streaming_bulk parallel_bulk".split()
)
SEARCH_LIBRARIES = frozenset(("elasticsearch", "opensearchpy", "elasticsearch_dsl"))
# Byte streams of a socket/HTTP request handler and the process: output, never persistence.
STREAM_HEADS = frozenset("wfile rfile stdout stderr".split())
NAME_ALWAYS = frozenset(("save", "persist", "upsert"))
# Names that say "this persists" on any receiver: save_*/persist_*/upsert_*/store_*,
# checkpoints, and sync/flush/write to a store (write_to_db, flush_to_disk).
PERSIST_NAME = re.compile(
    r"^a?(?:save|persist|upsert|store)_\w+$|^(?:a?sync_)?checkpoint(?:_\w+)?$|^\w+_checkpoint$|"
    r"^(?:a?sync|flush|write)_(?:to_)?(?:db|database|disk|store|storage)$"
)
# Verbs that, on the payload of create_task/ensure_future, cannot be list/set methods.
AWAITABLE_STORE_VERBS = frozenset(
    "append append_event append_events add add_event insert record store write log".split()
)
EVENT_LOG_HEADS = frozenset(
    "events event eventstore history journal ledger outbox timeline audit trail changelog".split()
)
EVENT_LOG_WORDS = frozenset("event events audit ledger journal outbox".split())
QUEUE_NOUNS = frozenset("queue q inbox mailbox channel chan ws websocket socket".split())
LENIENT_VETO = frozenset(  # chat/UI objects: add_reaction(), delete_message_later(), ...
    "message messages reaction reactions emoji role roles nickname presence bar icon title "
    "label badge typing spinner animation button menu embed notification alert toast".split()
)
NAME_LENIENT = frozenset(
    "update create delete remove record insert store add mark increment bump register write "
    "upsert upload audit".split()
)
NAME_STRONG = frozenset("save persist upsert insert store commit".split())
NAME_MUTATING = frozenset(
    "write update record create delete remove add put append set log track bump increment "
    "incr mark register upload sync flush push".split()
)
STORE_NOUNS = frozenset(
    "db database table row rows record records audit ledger journal disk file files "
    "storage store repo repository checkpoint snapshot sql postgres pg mongo redis s3 bucket "
    "blob dynamo collection orm persistence outbox archive "
    "backup csv warehouse".split()
)
# Store nouns that name a place wherever they occur in a name (not "record", "row", "file").
STORE_PLACES = STORE_NOUNS - frozenset(
    "record records row rows file files snapshot checkpoint csv archive backup".split()
)
VOLATILE_NOUNS = frozenset(
    "cache cached memo memory ui screen display progress widget layout console stdout stderr "
    "terminal response header headers eof frame buffer locals context ctx task tasks callback "
    "callbacks handler handlers listener listeners route routes middleware signal hook hooks "
    "argument arguments parser option options command subparsers event_loop loop future "
    "result exception defaults engine pool client app server connection session socket "
    "metric metrics gauge counter timer span trace function functions aggregate collation "
    "window widget processor processors exporter exporters provider providers".split()
)
NOT_WRITE_NAMES = frozenset(
    "add_task add_done_callback add_route add_api_route add_middleware add_handler "
    "add_listener add_signal_handler add_reader add_writer add_argument add_parser add_url_rule "
    "set_result set_exception set_defaults set_event_loop create_task create_engine "
    "create_pool create_client create_app create_connection create_session "
    "create_async_engine create_default_context store_true store_const".split()
)
NOT_WRITE_MODULES = frozenset(
    "os sys logging asyncio json re time functools itertools math random shutil pathlib typing "
    "collections threading subprocess socket signal argparse contextlib dataclasses abc "
    "unittest pytest warnings inspect copy operator traceback weakref heapq bisect".split()
)
SQL_WORDS = frozenset(
    "session sess db database conn connection cursor cur pool engine tx txn transaction "
    "asyncpg psycopg aiosqlite sqlite sqlalchemy pg postgres postgresql mysql uow sql".split()
)
ASYNC_LIBRARIES = frozenset(
    "asyncpg motor aiosqlite databases aioredis aiohttp aiomysql asyncmy aiopg aioboto3 "
    "aiobotocore tortoise beanie odmantic".split()
)
SYNC_TO_ASYNC = frozenset(("sync_to_async", "database_sync_to_async", "async_to_sync"))
THREAD_RUNNERS = frozenset(("to_thread", "run_in_threadpool", "run_sync", "defer_to_thread"))
SQL_MARKERS = frozenset(
    "db database sql pg postgres postgresql mysql sqlite asyncpg psycopg aiosqlite engine "
    "pool".split()
)
KV_WORDS = frozenset("redis rds aioredis valkey keydb".split())
KV_HEADS = frozenset(("pipe", "pipeline"))
HTTP_WORDS = frozenset("client http httpx aiohttp requests api session".split())
DB_HANDLE_WORDS = frozenset(
    "db database conn connection cursor session sess pool txn transaction sql redis "
    "repo repository store storage dao uow engine collection table".split()
)
REPO_WORDS = frozenset(
    "repo repository repositories store storage dao persistence persister ledger journal archive "
    "collection coll datastore outbox audit uow bucket s3 dynamo dynamodb mongo db crud "
    "database warehouse vault bookkeeper blobstore docstore objectstore eventstore".split()
)
TABLE_HEADS = frozenset(("table", "tbl"))
MODEL_BASES = frozenset(
    "Model Document Base SQLModel DeclarativeBase DynamicDocument Table".split()
)
TELEMETRY = re.compile(
    r"metric|telemetry|statsd|heartbeat|health|ping|analytics|tracking|notify|notification|"
    r"slack|webhook|sentry|datadog|prometheus",
    re.IGNORECASE,
)
TELEMETRY_FUNCTION = re.compile(
    r"metric|telemetry|statsd|heartbeat|health|ping|analytics|notif|webhook|slack",
    re.IGNORECASE,
)
MEMORY_TYPES = frozenset(
    "dict list set frozenset tuple str bytes bytearray collections.defaultdict "
    "collections.OrderedDict collections.deque collections.Counter collections.ChainMap "
    "asyncio.Queue asyncio.LifoQueue asyncio.PriorityQueue queue.Queue queue.SimpleQueue "
    "weakref.WeakValueDictionary weakref.WeakKeyDictionary weakref.WeakSet typing.Dict "
    "typing.List typing.Set typing.DefaultDict typing.Deque typing.MutableMapping "
    "typing.Mapping dict_keys".split()
)
FILE_OPENERS = frozenset(
    ("open", "io.open", "codecs.open", "aiofiles.open", "gzip.open", "os.fdopen", "bz2.open")
)
HTTP_FUNCTIONS = frozenset(
    f"{lib}.{verb}" for lib in ("httpx", "requests") for verb in ("post", "put", "patch", "delete")
)
WRITE_FUNCTIONS: dict[str, str] = {
    "pony.orm.commit": "orm",
    "pony.orm.flush": "orm",
    "shelve.open": "file",
}
SQL_WRITE = re.compile(
    r"^\s*(?:\(\s*)*(insert|update|delete|upsert|merge|replace|create|alter|drop|truncate|copy|"
    r"call|grant|revoke|vacuum|refresh)\b",
    re.IGNORECASE,
)
SQL_READ = re.compile(
    r"^\s*(?:\(\s*)*(select|show|explain|pragma|set|begin|start|listen|notify|values|describe|"
    r"rollback|savepoint|release|analyze|lock)\b",
    re.IGNORECASE,
)
SQL_CTE_WRITE = re.compile(r"\b(insert|update|delete|merge)\b", re.IGNORECASE)
SQL_COMMENT = re.compile(r"(--[^\n]*\n|/\*.*?\*/)", re.DOTALL)
SQLALCHEMY_READS = frozenset(("select", "exists", "text_select"))


@lru_cache(maxsize=4096)
def ordered_words(identifier: str) -> tuple[str, ...]:
    """Lower-case words of an identifier in order: ``saveJudgment`` -> ("save", "judgment")."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", identifier)
    return tuple(w for w in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if w)


@lru_cache(maxsize=4096)
def words_of(identifier: str) -> frozenset[str]:
    """Lower-case words of an identifier: ``judgmentRepo`` / ``judgment_repo`` -> judgment, repo."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", identifier)
    return frozenset(w for w in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if w)


# --- evidence about a receiver ----------------------------------------------------------------


@dataclass(slots=True)
class Evidence:
    """What is known about a receiver expression: name words, library kinds, in-memory."""

    words: set[str]
    kinds: set[str]
    memory: bool = False
    model_class: bool = False
    opened_for_writing: bool = False
    asynchronous: bool = False
    heads: set[str] = field(default_factory=set)

    def name(self, identifier: str) -> None:
        """Learn from an identifier: all its words, and its head (last) word."""
        self.words |= words_of(identifier)
        ordered = ordered_words(identifier)
        if ordered:
            self.heads.add(ordered[-1])

    def has(self, vocabulary: frozenset[str]) -> bool:
        """Is the head word of a name (``judgment_repo`` -> repo) in ``vocabulary``?"""
        return not self.heads.isdisjoint(vocabulary)

    def mentions(self, vocabulary: frozenset[str]) -> bool:
        """Is any word of a name (``redis_client`` -> redis, client) in ``vocabulary``?"""
        return not self.words.isdisjoint(vocabulary)


class _Scopes:
    """Name bindings per function (and ``self.x`` per class), indexed once per file."""

    def __init__(self, model: SemanticModel) -> None:
        self.model = model
        self.names: dict[ast.AST | None, dict[str, list[ast.expr]]] = {}
        self.attributes: dict[ast.ClassDef, dict[str, list[ast.expr]]] = {}
        self.params: dict[ast.AST | None, dict[str, ast.arg]] = {}
        # Ex) def init(): global _db; _db = MimeTypes()  -- bound at module level
        self.globals: dict[ast.AST, set[str]] = {}
        for node in model.of_type(ast.Global):
            function = model.enclosing_function(node)
            if function is not None:
                self.globals.setdefault(function, set()).update(node.names)
        for node in model.of_type(ast.Assign):
            for target in node.targets:
                self._bind(target, node.value, node)
        for node in model.of_type(ast.AnnAssign):
            self._bind(node.target, node.annotation, node)
            if node.value is not None:
                self._bind(node.target, node.value, node)
        for item in model.of_type(ast.withitem):
            if item.optional_vars is not None:
                self._bind(item.optional_vars, item.context_expr, item)
        for arg in model.of_type(ast.arg):
            function = model.parent(model.parent(arg) or arg)
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                self.params.setdefault(function, {})[arg.arg] = arg
                if arg.annotation is not None:
                    self.names.setdefault(function, {}).setdefault(arg.arg, []).append(
                        arg.annotation
                    )
        self._bind_dependencies()

    def _bind_dependencies(self) -> None:
        """``keeper=Depends(get_bookkeeper)``: the parameter is what the provider returns (its
        return annotation, or the value it returns/yields) when the provider is in the file."""
        providers: dict[str, FunctionNode] | None = None
        for arguments in self.model.of_type(ast.arguments):
            function = self.model.parent(arguments)
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            positional = arguments.posonlyargs + arguments.args
            pairs = list(
                zip(
                    positional[len(positional) - len(arguments.defaults) :],
                    arguments.defaults,
                    strict=True,
                )
            )
            pairs += [
                (a, d)
                for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
                if d is not None
            ]
            for arg, default in pairs:
                if not (
                    isinstance(default, ast.Call)
                    and dotted(default.func).split(".")[-1] == "Depends"
                    and default.args
                    and isinstance(default.args[0], ast.Name)
                ):
                    continue
                if providers is None:
                    providers = {
                        fn.name: fn
                        for kind in (ast.FunctionDef, ast.AsyncFunctionDef)
                        for fn in self.model.of_type(kind)
                        if isinstance(self.model.parent(fn), ast.Module)
                    }
                provider = providers.get(default.args[0].id)
                if provider is None:
                    continue
                values: list[ast.expr] = []
                returns = provider.returns
                # Ex) async def get_session() -> AsyncIterator[AsyncSession]: yield session
                if isinstance(returns, ast.Subscript) and dotted(returns.value).split(".")[-1] in (
                    "Iterator",
                    "AsyncIterator",
                    "Generator",
                    "AsyncGenerator",
                ):
                    inner = returns.slice
                    returns = inner.elts[0] if isinstance(inner, ast.Tuple) else inner
                if returns is not None:
                    values.append(returns)
                else:
                    values += [
                        node.value
                        for node in ast.walk(provider)
                        if isinstance(node, ast.Return | ast.Yield) and node.value is not None
                    ]
                self.names.setdefault(function, {}).setdefault(arg.arg, []).extend(values)

    def _bind(self, target: ast.expr, value: ast.expr, at: ast.AST) -> None:
        model = self.model
        if isinstance(target, ast.Name):
            scope = model.enclosing_function(at)
            if scope is not None and target.id in self.globals.get(scope, ()):
                scope = None
            self.names.setdefault(scope, {}).setdefault(target.id, []).append(value)
        elif (
            isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id == "self"
        ):
            cls = enclosing_class(model, at)
            if cls is not None:
                self.attributes.setdefault(cls, {}).setdefault(target.attr, []).append(value)
        if isinstance(target, ast.Name) and isinstance(model.parent(at), ast.ClassDef):
            cls = model.parent(at)
            assert isinstance(cls, ast.ClassDef)
            self.attributes.setdefault(cls, {}).setdefault(target.id, []).append(value)

    def bindings(self, name: str, scope: ast.AST | None) -> list[ast.expr]:
        """Values bound to ``name`` in ``scope`` or, if none, the nearest enclosing scope."""
        while True:
            found = self.names.get(scope, {}).get(name)
            if found:
                return found
            if scope is None:
                return []
            scope = self.model.enclosing_function(scope)


def enclosing_class(model: SemanticModel, node: ast.AST) -> ast.ClassDef | None:
    """The class whose method (or body) contains ``node``."""
    for ancestor in model.ancestors(node):
        if isinstance(ancestor, ast.ClassDef):
            return ancestor
    return None


# --- the index --------------------------------------------------------------------------------


class WriteIndex:
    """Write classification for one file, with per-function summaries computed once."""

    def __init__(self, ctx: PythonContext) -> None:
        self.ctx = ctx
        self.model = ctx.model
        self._scopes: _Scopes | None = None
        self._calls: dict[FunctionNode | None, list[ast.Call]] | None = None
        self._functions: dict[ast.AST, dict[str, FunctionNode]] | None = None
        # Built eagerly: model-class evidence must not depend on which lookup ran first.
        self._classes: dict[str, ast.ClassDef] = {
            cls.name: cls for cls in self.model.of_type(ast.ClassDef)
        }
        self._direct: dict[ast.Call, Write | None] = {}
        self._summary: dict[tuple[FunctionNode, int], Write | None] = {}
        self._constants: dict[str, str] | None = None
        self._configured = tuple(ctx.options.write_calls)
        self._relative: dict[str, str] | None = None
        self._loaded: frozenset[str] | None = None

    @property
    def classes(self) -> dict[str, ast.ClassDef]:
        """The classes defined in the file, by name."""
        return self._classes

    def loaded_attributes(self) -> frozenset[str]:
        """Attribute names the file reads somewhere (``x.failed`` in a load context)."""
        if self._loaded is None:
            self._loaded = frozenset(
                node.attr
                for node in self.model.of_type(ast.Attribute)
                if isinstance(node.ctx, ast.Load)
            )
        return self._loaded

    # -- indexes built on first use --

    @property
    def scopes(self) -> _Scopes:
        if self._scopes is None:
            self._scopes = _Scopes(self.model)
        return self._scopes

    def calls_of(self, fn: FunctionNode | None) -> list[ast.Call]:
        """Calls whose nearest enclosing function is ``fn`` (None: module level)."""
        if self._calls is None:
            calls: dict[FunctionNode | None, list[ast.Call]] = {}
            for call in self.model.of_type(ast.Call):
                calls.setdefault(self.model.enclosing_function(call), []).append(call)
            self._calls = calls
        return self._calls.get(fn, [])

    def _function_table(self) -> dict[ast.AST, dict[str, FunctionNode]]:
        if self._functions is None:
            table: dict[ast.AST, dict[str, FunctionNode]] = {}
            model = self.model
            for kind in (ast.FunctionDef, ast.AsyncFunctionDef):
                for fn in model.of_type(kind):
                    container: ast.AST = model.tree
                    for ancestor in model.ancestors(fn):
                        if isinstance(
                            ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
                        ):
                            container = ancestor
                            break
                    table.setdefault(container, {})[fn.name] = fn
            self._functions = table
        return self._functions

    # -- public API --

    def direct(self, call: ast.Call) -> Write | None:
        """The write this call performs by itself (vocabulary and configuration only)."""
        if call in self._direct:
            return self._direct[call]
        write = self._classify(call, self.model.enclosing_function(call))
        self._direct[call] = write
        return write

    def deep(self, call: ast.Call, hops: int = 1) -> Write | None:
        """A direct write, or a call to a local function that writes (itself or one call on)."""
        write = self.direct(call)
        if write is not None:
            return write
        # Ex) await sync_to_async(order.save)() / run_in_threadpool(write_row, row)
        wrapped = self._thread_wrapped(call)
        if wrapped is not None:
            target, args = wrapped
            return self.reference(target, self.model.enclosing_function(call), hops, args)
        target = self.callee(call)
        if target is None:
            return None
        found = self.function(target, hops)
        if found is not None:
            return found.followed(target.name)
        # Ex) def persist_judgment(j): await db_call(j)  -- a body we cannot read, a name we can
        return self._by_name(call, self.model.enclosing_function(call), strong_only=True)

    def _thread_wrapped(self, call: ast.Call) -> tuple[ast.expr, tuple[ast.expr, ...]] | None:
        """The callable and arguments of ``sync_to_async(f)(x)`` / ``to_thread(f, x)``."""
        func = call.func
        if isinstance(func, ast.Call) and func.args:
            name = (self.model.resolve(func.func) or dotted(func.func)).split(".")[-1]
            if name in SYNC_TO_ASYNC:
                return func.args[0], tuple(call.args)
            return None
        if call.args:
            name = (self.model.resolve(func) or dotted(func)).split(".")[-1]
            if name in THREAD_RUNNERS:
                return call.args[0], tuple(call.args[1:])
        return None

    def function(self, fn: FunctionNode, hops: int = 1) -> Write | None:
        """The first write ``fn`` performs directly or through ``hops`` more local calls."""
        key = (fn, hops)
        if key in self._summary:
            return self._summary[key]
        self._summary[key] = None  # recursion guard
        result: Write | None = None
        calls = self.calls_of(fn)
        for call in calls:
            result = self.direct(call)
            if result is not None:
                break
        if result is None and hops > 0:
            for call in calls:
                target = self.callee(call)
                if target is None or target is fn:
                    continue
                found = self.function(target, hops - 1)
                if found is not None:
                    result = found.followed(target.name)
                    break
        self._summary[key] = result
        return result

    def spawned(self, call: ast.Call) -> Write | None:
        """``deep``, plus a lenient reading of names for the payload of a background task.

        ``asyncio.create_task(update_last_login(uid))``: work started in the background under a
        mutating name (``update_*``, ``record_*``, ``create_*``, ``delete_*``…) is taken as a
        write even without a store-like argument; volatile nouns (cache, metrics…) still
        veto it.
        """
        write = self.deep(call)
        if write is None and self.callee(call) is None:
            scope = self.model.enclosing_function(call)
            write = self._by_name(call, scope, strong_only=False, lenient=True)
            if write is None:
                write = self._awaitable_store_call(call, scope)
        return write

    def _awaitable_store_call(self, call: ast.Call, scope: FunctionNode | None) -> Write | None:
        """``ensure_future(self.events.append(id, event))``: a payload must be awaitable.

        ``list.append``/``set.add`` return None and cannot be spawned, so a store-like verb in
        that position is an asynchronous store's method; it is a write when the receiver is
        named like an event log or store (``events``, ``journal``, ``ledger``, ``outbox``…)
        and is not known to be an in-memory container.
        """
        func = call.func
        if not isinstance(func, ast.Attribute):
            return None
        verb = ordered_words(func.attr)[:1]  # append / append_message / record_event
        if not verb or verb[0] not in AWAITABLE_STORE_VERBS:
            return None
        evidence = self.evidence(func.value, scope)
        if evidence.memory or evidence.has(VOLATILE_NOUNS) or evidence.has(QUEUE_NOUNS):
            return None
        # Ex) self.events.append(...) / event_store.append(...) / self.audit_log.record(...)
        #     / history.append_message(...) with history = HistoryStore.from_env()
        if (
            evidence.has(EVENT_LOG_HEADS)
            or evidence.has(REPO_WORDS)
            or evidence.mentions(REPO_WORDS)
            or evidence.has(STORE_NOUNS)
            or (evidence.has(frozenset(("log", "stream"))) and evidence.mentions(EVENT_LOG_WORDS))
        ):
            return Write(call, _refine("repository", evidence), _label(call))
        return None

    def reference(
        self,
        expr: ast.expr,
        scope: FunctionNode | None,
        hops: int = 1,
        args: tuple[ast.expr, ...] = (),
        *,
        lenient: bool = False,
    ) -> Write | None:
        """The write a callable passed by reference performs when it is called with ``args``."""
        model = self.model
        # Ex) lambda: repo.save(x)
        if isinstance(expr, ast.Lambda):
            for node in ast.walk(expr.body):
                if isinstance(node, ast.Call):
                    found = self.deep(node, hops)
                    if found is not None:
                        return found
            return None
        # Ex) functools.partial(write_row, row)
        if isinstance(expr, ast.Call):
            if model.resolve(expr.func) == "functools.partial" and expr.args:
                return self.reference(
                    expr.args[0], scope, hops, (*expr.args[1:], *args), lenient=lenient
                )
            return None
        if not isinstance(expr, ast.Name | ast.Attribute):
            return None
        # Ex) write_report / self._flush: a local function or method
        target = self.lookup(expr, scope)
        if target is not None:
            found = self.function(target, hops)
            return found.followed(target.name) if found is not None else None
        # Ex) session.commit passed as a bound method / crud.create_item with (db, item)
        probe = ast.copy_location(ast.Call(func=expr, args=list(args), keywords=[]), expr)
        write = self._classify(probe, scope)
        if write is None and lenient:
            write = self._by_name(probe, scope, strong_only=False, lenient=True)
        return write

    def writes_in(self, node: ast.AST, hops: int = 1) -> list[Write]:
        """Writes among the calls inside ``node``, not entering nested function bodies."""
        found: list[Write] = []
        stack = [node]
        while stack:
            current = stack.pop()
            if current is not node and isinstance(
                current, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda
            ):
                continue
            if isinstance(current, ast.Call):
                write = self.deep(current, hops)
                if write is not None:
                    found.append(write)
            stack.extend(ast.iter_child_nodes(current))
        found.sort(key=lambda w: (w.call.lineno, w.call.col_offset))
        return found

    def callee(self, call: ast.Call) -> FunctionNode | None:
        """The function or method defined in this file that ``call`` invokes, if any."""
        return self.lookup(call.func, self.model.enclosing_function(call))

    # -- resolution of local functions --

    def lookup(self, func: ast.expr, scope: FunctionNode | None) -> FunctionNode | None:
        table = self._function_table()
        model = self.model
        if isinstance(func, ast.Name):
            if func.id in model.imports:
                return None
            container: ast.AST | None = scope
            while container is not None:
                found = table.get(container, {}).get(func.id)
                if found is not None:
                    return found
                container = model.enclosing_function(container)
            return table.get(model.tree, {}).get(func.id)
        if not isinstance(func, ast.Attribute):
            return None
        owner = func.value
        cls: ast.ClassDef | None = None
        if isinstance(owner, ast.Name) and owner.id in ("self", "cls") and scope is not None:
            cls = enclosing_class(model, scope)
        elif isinstance(owner, ast.Name) and owner.id in self._classes:
            cls = self._classes[owner.id]
        elif isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name):
            if owner.func.id == "super" and scope is not None:
                here = enclosing_class(model, scope)
                return self._method_in_bases(here, func.attr, table) if here else None
            cls = self._classes.get(owner.func.id)
        elif isinstance(owner, ast.Name | ast.Attribute):
            cls = self._class_of(owner, scope)
        if cls is None:
            return None
        found = table.get(cls, {}).get(func.attr)
        return found if found is not None else self._method_in_bases(cls, func.attr, table)

    def _method_in_bases(
        self, cls: ast.ClassDef, name: str, table: dict[ast.AST, dict[str, FunctionNode]]
    ) -> FunctionNode | None:
        seen: set[ast.ClassDef] = {cls}
        pending = [cls]
        while pending:
            current = pending.pop()
            for base in current.bases:
                if isinstance(base, ast.Name) and base.id in self._classes:
                    parent = self._classes[base.id]
                    if parent in seen:
                        continue
                    seen.add(parent)
                    found = table.get(parent, {}).get(name)
                    if found is not None:
                        return found
                    pending.append(parent)
        return None

    def _class_of(self, expr: ast.expr, scope: FunctionNode | None) -> ast.ClassDef | None:
        """A class defined in this file that ``expr`` is an instance of, from its bindings."""
        values = list(self.bound_values(expr, scope))
        for value in list(values):  # Ex) db = MimeTypes(); _db = db  -- one alias followed
            if isinstance(value, ast.Name) and value.id not in self._classes:
                values += self.scopes.bindings(value.id, self.model.enclosing_function(value))
        for value in values:
            value = _unwrap(value)
            if isinstance(value, ast.Call):
                value = value.func
            if isinstance(value, ast.Name) and value.id in self._classes:
                return self._classes[value.id]
        return None

    def bound_values(self, expr: ast.expr, scope: FunctionNode | None) -> list[ast.expr]:
        scopes = self.scopes
        if isinstance(expr, ast.Name):
            return scopes.bindings(expr.id, scope)
        if (
            isinstance(expr, ast.Attribute)
            and isinstance(expr.value, ast.Name)
            and expr.value.id in ("self", "cls")
            and scope is not None
        ):
            cls = enclosing_class(self.model, scope)
            if cls is None:
                return []
            values = list(scopes.attributes.get(cls, {}).get(expr.attr, []))
            # self.repo = repo  ->  the annotation of the __init__ parameter ``repo``
            for value in list(values):
                if isinstance(value, ast.Name):
                    init = scopes.model.enclosing_function(value)
                    arg = scopes.params.get(init, {}).get(value.id)
                    if arg is not None and arg.annotation is not None:
                        values.append(arg.annotation)
            return values
        return []

    # -- evidence --

    def evidence(self, expr: ast.expr, scope: FunctionNode | None) -> Evidence:
        """Name words, library kinds and in-memory-ness of a receiver expression."""
        expr = _unwrap(expr)
        evidence = Evidence(set(), set())
        self._add_expr(evidence, expr)
        for value in self.bound_values(expr, scope):
            self._add_type(evidence, value)
        if (
            isinstance(expr, ast.Name)
            and expr.id in ("self", "cls")
            and scope is not None
            and (cls := enclosing_class(self.model, scope)) is not None
        ):
            evidence.name(cls.name)
        return evidence

    def _add_expr(self, evidence: Evidence, expr: ast.expr) -> None:
        model = self.model
        if isinstance(expr, ast.Name):
            evidence.name(expr.id)
            resolved = model.resolve(expr) or self.relative_imports().get(expr.id)
            if resolved:
                self._add_resolved(evidence, resolved)
            if expr.id in self._classes and self._is_model_class(self._classes[expr.id]):
                evidence.model_class = True
        elif isinstance(expr, ast.Attribute):
            evidence.name(expr.attr)
            resolved = model.resolve(expr)
            if resolved:
                self._add_resolved(evidence, resolved)
        elif isinstance(expr, ast.Subscript):
            key = expr.slice
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                evidence.name(key.value)
            else:
                self._add_expr(evidence, expr.value)
        elif isinstance(expr, ast.Call):
            self._add_type(evidence, expr)
        elif isinstance(
            expr,
            ast.Dict
            | ast.List
            | ast.Set
            | ast.Tuple
            | ast.DictComp
            | ast.ListComp
            | ast.SetComp
            | ast.JoinedStr,
        ) or (isinstance(expr, ast.Constant) and isinstance(expr.value, str | bytes)):
            evidence.memory = True

    def _add_type(self, evidence: Evidence, value: ast.expr) -> None:
        """Evidence from a binding: a constructor call, an annotation, or a literal."""
        value = _unwrap(value)
        if isinstance(value, ast.Subscript):  # Annotated[X, ...], Optional[X], dict[str, int]
            head = self.model.resolve(value.value) or dotted(value.value)
            if head.split(".")[-1] in ("Annotated", "Optional", "Union"):
                inner = value.slice.elts[0] if isinstance(value.slice, ast.Tuple) else value.slice
                self._add_type(evidence, inner)
                return
            value = value.value
        if isinstance(value, ast.BinOp) and isinstance(value.op, ast.BitOr):
            self._add_type(evidence, value.left)
            return
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            evidence.name(value.value)  # a string annotation "AsyncSession"
            parsed = _annotation(value.value)
            if parsed is not None:
                self._add_type(evidence, parsed)
            return
        target = value.func if isinstance(value, ast.Call) else value
        if isinstance(value, ast.Call) and self._opens_for_writing(value):
            evidence.opened_for_writing = True
            return
        if isinstance(target, ast.Name | ast.Attribute):
            resolved = self.model.resolve(target) or ""
            if not resolved and isinstance(target, ast.Name):
                resolved = self.relative_imports().get(target.id, "")
            name = resolved or dotted(target)
            if name in MEMORY_TYPES or name.split(".")[-1] in ("defaultdict", "OrderedDict"):
                evidence.memory = True
                return
            if resolved:
                self._add_resolved(evidence, resolved)
            last = target.attr if isinstance(target, ast.Attribute) else target.id
            evidence.name(last)
            if isinstance(target, ast.Attribute):
                evidence.words |= words_of(dotted(target.value).split(".")[-1] or "")
            if isinstance(target, ast.Name) and target.id in self._classes:
                cls = self._classes[target.id]
                if self._is_model_class(cls):
                    evidence.model_class = True
        elif not isinstance(value, ast.Call):  # x()() / handlers[k](): nothing to learn
            self._add_expr(evidence, value)

    def relative_imports(self) -> dict[str, str]:
        """``from .models import User`` -> {"User": ".models.User"} (the model skips these)."""
        if self._relative is None:
            self._relative = {}
            for node in self.model.of_type(ast.ImportFrom):
                if node.level:
                    module = "." * node.level + (node.module or "")
                    for alias in node.names:
                        self._relative[alias.asname or alias.name] = f"{module}.{alias.name}"
        return self._relative

    def _add_resolved(self, evidence: Evidence, resolved: str) -> None:
        parts = resolved.lstrip(".").split(".")
        kind = MODULE_KINDS.get(parts[0])
        if kind:
            evidence.kinds.add(kind)
            if (
                parts[0] in ASYNC_LIBRARIES
                or "asyncio" in parts[1:]
                or parts[-1].startswith("Async")
            ):
                evidence.asynchronous = True
        if "models" in parts[:-1] or "documents" in parts[:-1] or "entities" in parts[:-1]:
            evidence.model_class = True

    def _is_model_class(self, cls: ast.ClassDef) -> bool:
        for base in cls.bases:
            name = dotted(base).split(".")[-1]
            if name in MODEL_BASES:
                return True
            if name in self._classes and self._classes[name] is not cls:
                if self._is_model_class(self._classes[name]):
                    return True
        return False

    # -- classification --

    def _classify(self, call: ast.Call, scope: FunctionNode | None) -> Write | None:
        parent = self.model.parent(call)
        if isinstance(parent, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            return None  # @routes.post("/x") / @app.put(...): a decorator, not a request
        write = self._vocabulary(call, scope)
        if write is None and self.lookup(call.func, scope) is None:
            write = self._by_name(call, scope, strong_only=False)
        return write

    def _by_name(
        self,
        call: ast.Call,
        scope: FunctionNode | None,
        *,
        strong_only: bool,
        lenient: bool = False,
    ) -> Write | None:
        """A call to code we cannot see, judged by its name and what it is given.

        ``save_judgment(j)`` / ``self.db.insert_event(e)`` / ``persist(row)``: a strong verb
        first. ``track_author_view(sql, key)`` / ``update_stats(db, user)`` /
        ``self.repo.add_item(x)`` / ``write_to_db(row)``: a mutating verb plus a database-like
        argument, receiver or noun in the name.
        """
        func = call.func
        if isinstance(func, ast.Attribute):
            name = func.attr
        elif isinstance(func, ast.Name):
            name = func.id
        else:
            return None
        resolved = self.model.resolve(func) or ""
        if resolved and resolved.split(".")[0] in NOT_WRITE_MODULES:
            return None
        if isinstance(func, ast.Name) and self.scopes.bindings(name, scope):
            return None  # save = self.save: a local alias, not a persistence function
        if name[:1].isupper():
            return None  # SaveAs(...) / CreateFile(...): a class or a foreign API, not ours
        words = ordered_words(name)
        if not words or name in NOT_WRITE_NAMES or TELEMETRY.search(name):
            return None
        first = words[0]
        rest = set(words[1:])
        if rest & VOLATILE_NOUNS:
            return None
        receiver = func.value if isinstance(func, ast.Attribute) else None
        evidence = self.evidence(receiver, scope) if receiver is not None else None
        if evidence is not None and evidence.memory:
            return None
        # Ex) save_judgment(j) / self.store_snapshot(s) / state.sync_checkpoint() / flush_to_disk()
        if PERSIST_NAME.match(name):
            kind = _refine("repository", evidence) if evidence else "repository"
            return Write(call, kind, _label(call))
        if len(words) == 1 and (isinstance(func, ast.Attribute) or first not in NAME_STRONG):
            return None  # a bare verb on a receiver was judged by the vocabulary already
        # Ex) insert_record(r) / write_to_db(x) / sync_audit_rows(): the thing acted on is a
        #     store; add_log_record_processor(p) adds a processor, not a record
        storish = words[-1] in STORE_NOUNS or bool(rest & STORE_PLACES)
        if evidence is not None and (
            evidence.has(REPO_WORDS)
            or evidence.mentions(KV_WORDS)
            or evidence.kinds - {"http"}
            or evidence.model_class
        ):
            storish = True
        # Ex) save_judgment(j) / self.db.persist_event(e) / upsert(row)
        if first in NAME_ALWAYS or (first in NAME_STRONG and (storish or receiver is None)):
            kind = _refine("repository", evidence) if evidence else "repository"
            return Write(call, kind, _label(call))
        if lenient and first in NAME_LENIENT and not rest & LENIENT_VETO:
            storish = True
        elif strong_only or first not in NAME_MUTATING:
            return None
        if not storish:
            for arg in [*call.args, *(k.value for k in call.keywords)]:
                if isinstance(arg, ast.Name | ast.Attribute):
                    arg_evidence = self.evidence(arg, scope)
                    if arg_evidence.has(DB_HANDLE_WORDS) or arg_evidence.kinds - {"http"}:
                        storish = True
                        break
        if not storish:
            return None
        return Write(
            call, _refine("repository", evidence) if evidence else "repository", _label(call)
        )

    def _vocabulary(self, call: ast.Call, scope: FunctionNode | None) -> Write | None:
        model = self.model
        func = call.func
        resolved = model.resolve(func) or ""
        label = _label(call)
        # Ex) names configured in [tool.lostwrite] write-calls = ["ledger.book"]
        if self._configured:
            rendered = dotted(func)
            for name in self._configured:
                if name in (rendered, resolved) or rendered.endswith("." + name):
                    return Write(call, "configured", label)
        # Ex) open(path, "a") / aiofiles.open(path, "w") / path.open("a")
        if resolved in FILE_OPENERS or (
            isinstance(func, ast.Attribute) and func.attr == "open" and not resolved
        ):
            return Write(call, "file", label) if self._opens_for_writing(call) else None
        # Ex) httpx.post(url, json=row) / requests.put(...)
        if resolved in HTTP_FUNCTIONS:
            return None if self._telemetry(call, scope) else Write(call, "http", label)
        if resolved in WRITE_FUNCTIONS:
            return Write(call, WRITE_FUNCTIONS[resolved], label)
        # Ex) helpers.bulk(es, actions) / await async_bulk(client, actions) (elasticsearch,
        #     opensearch-py)
        if (
            resolved.split(".")[0] in SEARCH_LIBRARIES
            and resolved.rsplit(".", 1)[-1] in SEARCH_HELPERS
        ):
            return Write(call, "search", label)
        if not isinstance(func, ast.Attribute):
            return None
        verb = func.attr
        interesting = (
            verb in STRONG_VERBS
            or verb in SQL_VERBS
            or verb in FETCH_VERBS
            or verb in KV_VERBS
            or verb in HTTP_VERBS
            or verb in REPO_VERBS
            or verb in FILE_VERBS
            or verb in SEARCH_VERBS
            or verb in QUEUE_VERBS
            or verb == "request"
        )
        if not interesting:
            return None
        receiver = func.value
        # Ex) self.wfile.write(body) / sys.stdout.flush(): a response or console stream
        if verb in FILE_VERBS or verb == "flush":
            last = receiver.attr if isinstance(receiver, ast.Attribute) else dotted(receiver)
            if last.lower() in STREAM_HEADS:
                return None
        # Ex) User.objects.filter(pk=1).update(...) / User.filter(...).update() (Tortoise)
        #     / User.insert(...).execute() (Peewee)
        chain = _chain(receiver)
        if chain is not None:
            attrs, root = chain
            if "objects" in attrs and (verb in MODEL_VERBS or verb in STRONG_VERBS):
                return Write(call, "orm", label)
            if root is not None and (attrs or verb in MODEL_VERBS):
                root_evidence = self.evidence(root, scope)
                if root_evidence.model_class:
                    if verb in MODEL_VERBS or verb in STRONG_VERBS:
                        return Write(call, "orm", label)
                    if verb == "execute" and not set(attrs).isdisjoint(MODEL_VERBS):
                        return Write(call, "orm", label)
        evidence = self.evidence(receiver, scope)
        if evidence.memory:
            return None
        # Ex) coll.insert_one(doc) / r.hset(...) / session.commit() / repo.save(row)
        if verb in STRONG_VERBS:
            kind = STRONG_VERBS[verb]
            if verb == "commit" and evidence.kinds & {"http", "kv"}:
                return None
            return Write(call, _refine(kind, evidence), label)
        sqlish = (
            evidence.has(SQL_WORDS)
            or evidence.mentions(SQL_MARKERS)
            or "sql" in evidence.kinds
            or "orm" in evidence.kinds
        )
        kvish = evidence.mentions(KV_WORDS) or evidence.has(KV_HEADS) or "kv" in evidence.kinds
        httpish = "http" in evidence.kinds or (evidence.has(HTTP_WORDS) and not evidence.kinds)
        # Ex) await client.post(STORE_URL, json=row) / session.put(...) (aiohttp)
        if verb in ("post", "put", "patch") or (verb == "delete" and "http" in evidence.kinds):
            if httpish and not self._telemetry(call, scope):
                return Write(call, "http", label)
        if verb == "request" and httpish and call.args:
            method = call.args[0]
            if (
                isinstance(method, ast.Constant)
                and isinstance(method.value, str)
                and method.value.upper() in ("POST", "PUT", "PATCH", "DELETE")
                and not self._telemetry(call, scope)
            ):
                return Write(call, "http", label)
            return None
        # Ex) await conn.execute("INSERT ...") / session.add(row) / cur.executescript(...)
        if verb in SQL_VERBS and sqlish:
            if verb in ("execute", "executescript") and self._reads_only(call, scope):
                return None
            return Write(call, "sql", label)
        # Ex) await es.index(index="logs", document=doc) / es_client.delete(index=..., id=...)
        #     (Elasticsearch/OpenSearch/Meilisearch); search.index(doc) by a bare name
        if verb in SEARCH_VERBS and (
            "search" in evidence.kinds
            or evidence.mentions(SEARCH_MARKERS)
            or (verb in SEARCH_INDEXING and evidence.has(SEARCH_HEADS))
        ):
            return Write(call, "search", label)
        # Ex) await producer.send_and_wait("orders", v) / sqs.send_message(...) (durable queues)
        if verb in QUEUE_VERBS and (
            "queue" in evidence.kinds
            or evidence.has(QUEUE_HEADS)
            or evidence.mentions(QUEUE_MARKERS)
        ):
            return Write(call, "queue", label)
        # Ex) await conn.fetchrow("INSERT ... RETURNING id")
        if verb in FETCH_VERBS:
            return Write(call, "sql", label) if self._writes_sql(call, scope) else None
        # Ex) await redis.set(key, value) / pipe.execute()
        if (verb in KV_VERBS or verb == "execute") and kvish:
            return Write(call, "kv", label)
        # Ex) with open(path, "a") as log_file: ... log_file.write(line)
        if verb in FILE_VERBS and (evidence.opened_for_writing or evidence.has(FILE_WORDS)):
            if not evidence.kinds:
                return Write(call, "file", label)
        # Ex) self.repo.insert(row) / event_store.append(event) / Order.create(...)
        if verb in REPO_VERBS:
            if verb == "insert" and len(call.args) == 2 and not evidence.has(REPO_WORDS):
                return None  # list.insert(index, item)
            if (
                evidence.has(REPO_WORDS)
                or evidence.model_class
                or evidence.kinds & {"document", "orm", "object-store"}
            ):
                kind = "orm" if evidence.model_class else _refine("repository", evidence)
                return Write(call, kind, label)
            # Ex) orders_table.insert(row) (dataset, TinyDB, databases Table): one row given;
            #     a bare users_table.insert() only builds a SQLAlchemy statement
            if (
                verb in ("insert", "upsert")
                and len(call.args) == 1
                and evidence.has(TABLE_HEADS)
                and not evidence.memory
            ):
                return Write(call, _refine("repository", evidence), label)
            # Ex) await doc.insert() (Beanie) / obj.delete() (Django, Tortoise)
            if verb in ("insert", "delete") and not call.args and not call.keywords:
                return Write(call, "orm", label)
        return None

    def _opens_for_writing(self, call: ast.Call) -> bool:
        """``open(p, "a")`` / ``aiofiles.open(p, "w")`` / ``path.open("x")``."""
        func = call.func
        resolved = self.model.resolve(func) or ""
        if resolved in FILE_OPENERS:
            mode = _mode(call, 1)
        elif isinstance(func, ast.Attribute) and func.attr == "open" and not resolved:
            mode = _mode(call, 0)
        else:
            return False
        return mode is not None and any(flag in mode for flag in "wax+")

    def _telemetry(self, call: ast.Call, scope: FunctionNode | None) -> bool:
        """An HTTP call whose URL or enclosing function says metrics/health/notification."""
        parts: list[str] = []
        target = call.args[0] if call.args else None
        for keyword in call.keywords:
            if keyword.arg == "url":
                target = keyword.value
        if target is not None:
            constants = self._module_constants()
            for node in ast.walk(target):
                if isinstance(node, ast.Name):
                    parts.append(node.id)
                    parts.append(constants.get(node.id, ""))  # PUSH_URL = "https://push..."
                elif isinstance(node, ast.Attribute):
                    parts.append(node.attr)
                elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                    parts.append(node.value)
        if scope is not None and TELEMETRY_FUNCTION.search(scope.name):
            return True
        return bool(TELEMETRY.search(" ".join(parts)))

    def _sql_text(self, call: ast.Call, scope: FunctionNode | None) -> str | None:
        """The SQL an execute/fetch call runs when it is visible in the source."""
        statement = _statement(call)
        if statement is None:
            return None
        arg = _unwrap(statement)
        if isinstance(arg, ast.Call) and arg.args and call_name_of(arg) == "text":
            arg = arg.args[0]
        # Ex) "UPDATE t SET a = %s" % x / "...".format(x) / "INSERT ..." + suffix
        while True:
            if isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Mod | ast.Add):
                arg = arg.left
            elif isinstance(arg, ast.Call) and call_name_of(arg) == "format":
                arg = arg.func.value  # type: ignore[attr-defined]
            else:
                break
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return arg.value
        if isinstance(arg, ast.JoinedStr):
            return fstring_text(arg)
        if isinstance(arg, ast.Name):
            constants = self._module_constants()
            if arg.id in constants:
                return constants[arg.id]
            for value in self.scopes.bindings(arg.id, scope):
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    return value.value
        return None

    def _module_constants(self) -> dict[str, str]:
        if self._constants is None:
            self._constants = {}
            for statement in self.model.tree.body:
                if (
                    isinstance(statement, ast.Assign)
                    and len(statement.targets) == 1
                    and isinstance(statement.targets[0], ast.Name)
                    and isinstance(statement.value, ast.Constant)
                    and isinstance(statement.value.value, str)
                ):
                    self._constants[statement.targets[0].id] = statement.value.value
        return self._constants

    def _reads_only(self, call: ast.Call, scope: FunctionNode | None) -> bool:
        """``execute`` of a visible read: a SELECT literal or ``select(...)`` (SQLAlchemy)."""
        statement = _statement(call)
        if statement is not None:
            arg = _unwrap(statement)
            root = arg
            while isinstance(root, ast.Call) and isinstance(root.func, ast.Attribute):
                root = root.func.value  # select(User).where(...).limit(1)
            if isinstance(root, ast.Call):
                name = self.model.resolve(root.func) or dotted(root.func)
                if name.split(".")[-1] in SQLALCHEMY_READS:
                    return True
        text = self._sql_text(call, scope)
        if text is None:
            return False
        text = SQL_COMMENT.sub(" ", text + "\n")
        if re.match(r"^\s*(?:\(\s*)*with\b", text, re.IGNORECASE):
            return not SQL_CTE_WRITE.search(text)
        return bool(SQL_READ.match(text))

    def _writes_sql(self, call: ast.Call, scope: FunctionNode | None) -> bool:
        text = self._sql_text(call, scope)
        if text is None:
            return False
        text = SQL_COMMENT.sub(" ", text + "\n")
        return bool(SQL_WRITE.match(text)) or bool(
            re.match(r"^\s*with\b", text, re.IGNORECASE) and SQL_CTE_WRITE.search(text)
        )


def _statement(call: ast.Call) -> ast.expr | None:
    """The statement argument: first positional, or ``query=`` / ``sql=`` / ``statement=``."""
    if call.args:
        return call.args[0]
    for keyword in call.keywords:
        if keyword.arg in ("query", "sql", "statement", "stmt", "operation"):
            return keyword.value
    return None


def fstring_text(node: ast.JoinedStr) -> str:
    """An f-string's text with each ``{...}`` as ``x``: ``f"DELETE FROM {schema}.albums"`` ->
    ``DELETE FROM x.albums`` (enough to read the statement and its table)."""
    return "".join(
        v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "x"
        for v in node.values
    )


@lru_cache(maxsize=1024)
def _annotation(text: str) -> ast.expr | None:
    """A string annotation as an expression (``"AsyncSession"``, ``"asyncpg.Pool"``)."""
    if not text.replace(".", "").replace("_", "").isalnum():
        return None  # "list[int] | None" and other shapes: the words are enough
    try:
        return ast.parse(text, mode="eval").body
    except SyntaxError:
        return None


def _refine(kind: str, evidence: Evidence) -> str:
    """A more specific kind when the receiver's library is known."""
    if kind == "repository" and evidence.kinds:
        return sorted(evidence.kinds)[0]
    return kind


def _unwrap(expr: ast.expr) -> ast.expr:
    while isinstance(expr, ast.Await | ast.Starred):
        expr = expr.value
    return expr


def _chain(expr: ast.expr) -> tuple[list[str], ast.expr | None] | None:
    """``User.objects.filter(x=1)`` -> (["filter", "objects"], Name(User)); plain names: None."""
    attrs: list[str] = []
    current = expr
    saw_call = False
    while True:
        if isinstance(current, ast.Call):
            saw_call = True
            current = current.func
        elif isinstance(current, ast.Attribute):
            attrs.append(current.attr)
            current = current.value
        else:
            break
    if not saw_call and len(attrs) < 1:
        return None
    return attrs, current if isinstance(current, ast.Name) else None


def _mode(call: ast.Call, index: int) -> str | None:
    mode: ast.expr | None = call.args[index] if len(call.args) > index else None
    for keyword in call.keywords:
        if keyword.arg == "mode":
            mode = keyword.value
    if mode is None:
        return "r"
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str):
        return mode.value
    return None


def call_name_of(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def render(expr: ast.expr) -> str:
    """``self.repo.save`` / ``request.app["db"].execute`` / ``get_db().add``; '' otherwise."""
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        base = render(expr.value)
        return f"{base}.{expr.attr}" if base else expr.attr
    if isinstance(expr, ast.Subscript):
        base = render(expr.value)
        key = expr.slice
        if isinstance(key, ast.Constant) and isinstance(key.value, str | int):
            return f"{base}[{key.value!r}]" if base else ""
        return f"{base}[...]" if base else ""
    if isinstance(expr, ast.Call):
        base = render(expr.func)
        return f"{base}()" if base else ""
    return ""


def _label(call: ast.Call) -> str:
    """A short rendering of a call: ``repo.save(...)``, ``session.commit()``."""
    name = render(call.func) or call_name_of(call) or "<call>"
    if len(name) > 60:
        name = "..." + name[-57:]
    return f"{name}({'...' if call.args or call.keywords else ''})"


def write_index(ctx: PythonContext) -> WriteIndex:
    """The file's write index, built once and shared by every detector."""
    index = ctx.__dict__.get("_write_index")
    if index is None:
        index = WriteIndex(ctx)
        ctx.__dict__["_write_index"] = index
    return index
