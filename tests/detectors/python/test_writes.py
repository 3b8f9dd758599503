"""The shared write vocabulary (writes.py): what is a write, what is not, and how deep."""

from __future__ import annotations

import ast
import textwrap

import pytest

from lostwrite.detectors.python.context import PythonContext
from lostwrite.detectors.python.writes import Write, write_index
from lostwrite.scan.config import AnalysisOptions


def classify(source: str, *, write_calls: tuple[str, ...] = ()) -> dict[str, Write | None]:
    """Source text of every call on the last line of ``source`` -> its (deep) write,
    outermost call first."""
    source = textwrap.dedent(source).strip() + "\n"
    tree = ast.parse(source)
    options = AnalysisOptions(codes=frozenset(), write_calls=write_calls)
    ctx = PythonContext("example.py", source, tree, options)
    index = write_index(ctx)
    last = max(getattr(n, "lineno", 0) for n in ast.walk(tree))
    calls = [call for call in ctx.model.of_type(ast.Call) if call.lineno == last]
    calls.sort(key=lambda c: (c.col_offset, -(c.end_col_offset or 0)))
    return {ast.unparse(call): index.deep(call) for call in calls}


def only(source: str, **kwargs: tuple[str, ...]) -> Write | None:
    """The write of the outermost call on the last line."""
    return next(iter(classify(source, **kwargs).values()), None)


WRITES = {
    "sqlalchemy commit": ("async def f(session):\n    await session.commit()", "sql"),
    "sqlalchemy add": ("def f(db):\n    db.add(row)", "sql"),
    "raw insert": ('async def f(conn):\n    await conn.execute("INSERT INTO t VALUES (1)")', "sql"),
    "fetchrow returning": (
        'async def f(conn):\n    await conn.fetchrow("INSERT INTO t VALUES (1) RETURNING id")',
        "sql",
    ),
    "cursor executemany": ("def f(cur, rows):\n    cur.executemany(SQL, rows)", "sql"),
    "django manager": ("def f():\n    Order.objects.filter(pk=1).update(paid=True)", "orm"),
    "django async save": ("async def f(order):\n    await order.asave()", "orm"),
    "motor insert": ("async def f(db):\n    await db.orders.insert_one({})", "document"),
    "redis hset": ("async def f(r):\n    await r.hset('k', mapping={})", "kv"),
    "typed redis set": (
        "import redis\nr = redis.Redis()\ndef f():\n    r.set('k', 1)",
        "kv",
    ),
    "httpx post": (
        "import httpx\nasync def f(row):\n    await httpx.AsyncClient().post('/rows', json=row)",
        "http",
    ),
    "file append": ("def f(line):\n    open('audit.log', 'a').write(line)", "file"),
    "write_text": ("def f(p, s):\n    p.write_text(s)", "file"),
    "repository save": ("async def f(repo, x):\n    await repo.save(x)", "repository"),
    "event store append": (
        "async def f(event_store, e):\n    await event_store.append(e)",
        "repository",
    ),
    "tortoise model": (
        "from .models import User\nasync def f():\n    await User.create(name='x')",
        "orm",
    ),
    "beanie insert": ("async def f(doc):\n    await doc.insert()", "orm"),
    "dynamodb": ("def f(table, item):\n    table.put_item(Item=item)", "object-store"),
    "elasticsearch": (
        "from elasticsearch import AsyncElasticsearch\nes = AsyncElasticsearch()\n"
        "async def f(d):\n    await es.index(index='logs', document=d)",
        "search",
    ),
    "elasticsearch create on a typed attribute": (
        "from elasticsearch import Elasticsearch\nclass Indexer:\n"
        "    def __init__(self):\n        self.client = Elasticsearch('http://es:9200')\n"
        "    def put(self, d):\n        self.client.create(index='docs', id=d['id'], document=d)",
        "search",
    ),
    "elasticsearch update by name": (
        "def f(es, d):\n    es.update(index='docs', id=d['id'], doc=d)",
        "search",
    ),
    "elasticsearch delete by name": (
        "def f(es_client, i):\n    es_client.delete(index='docs', id=i)",
        "search",
    ),
    "elasticsearch helpers.bulk": (
        "from elasticsearch import helpers\ndef f(es, actions):\n    helpers.bulk(es, actions)",
        "search",
    ),
    "elasticsearch async_bulk": (
        "from elasticsearch.helpers import async_bulk\nasync def f(es, actions):\n"
        "    await async_bulk(es, actions)",
        "search",
    ),
    "opensearch index": (
        "from opensearchpy import AsyncOpenSearch\nos_client = AsyncOpenSearch()\n"
        "async def f(d):\n    await os_client.index(index='docs', body=d)",
        "search",
    ),
    "opensearch helpers bulk": (
        "from opensearchpy.helpers import bulk\ndef f(client, actions):\n    bulk(client, actions)",
        "search",
    ),
    "kafka producer": (
        "from aiokafka import AIOKafkaProducer\np = AIOKafkaProducer()\n"
        "async def f(v):\n    await p.send_and_wait('t', v)",
        "queue",
    ),
    "crud module function": (
        "async def f(db, item):\n    await crud.create_item(db, item)",
        "repository",
    ),
    "sync_to_async wrapper": (
        "from asgiref.sync import sync_to_async\nasync def f(order):\n"
        "    await sync_to_async(order.save)()",
        "repository",
    ),
    "unseen save_* function": ("async def f(j):\n    await save_judgment(j)", "repository"),
    "store_* on self": (
        "class Crawler:\n    def tick(self, s):\n        self.store_snapshot(s)",
        "repository",
    ),
    "checkpoint name": ("def f(state):\n    state.sync_checkpoint()", "repository"),
    "flush_to_disk": ("def f(buf):\n    flush_to_disk(buf)", "repository"),
    "record noun as the object": ("def f(r):\n    insert_record(r)", "repository"),
    "db handle argument": (
        "async def f(sql, key):\n    await track_author_view(sql, key)",
        "repository",
    ),
    "vault store": ("async def f(vault, secret):\n    await vault.store(secret)", "repository"),
    "bookkeeper record": ("def f(bookkeeper, e):\n    bookkeeper.record(e)", "repository"),
    "upload to storage": ("def f(storage, blob):\n    storage.upload(blob)", "repository"),
    "f-string insert": (
        'def f(conn, s, x):\n    conn.execute(f"INSERT INTO {s}.t (a) VALUES (%s)", (x,))',
        "sql",
    ),
    "string-annotated async session": (
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
        "    from sqlalchemy.ext.asyncio import AsyncSession\n"
        'async def f(session: "AsyncSession"):\n    await session.commit()',
        "sql",
    ),
}


@pytest.mark.parametrize("case", sorted(WRITES))
def test_writes(case: str) -> None:
    source, kind = WRITES[case]
    write = only(source)
    assert write is not None, case
    assert write.kind == kind


NOT_WRITES = {
    "dict.update": "cache = {}\ndef f():\n    cache.update(a=1)",
    "list.insert": "def f(items):\n    items.insert(0, 1)",
    "set.add": "seen = set()\ndef f(x):\n    seen.add(x)",
    "str.replace": "def f(s):\n    s.replace('a', 'b')",
    "cache.set on a dict": "def f(cache):\n    cache.set('k', 1)",
    "select": 'async def f(conn):\n    await conn.execute("SELECT 1")',
    "sqlalchemy select": (
        "from sqlalchemy import select\nasync def f(session):\n"
        "    await session.execute(select(User).where(User.id == 1))"
    ),
    "fetch select": 'async def f(conn):\n    await conn.fetch("SELECT * FROM t")',
    "databases select keyword": (
        'async def f(database):\n    await database.execute(query="SELECT 1", values={})'
    ),
    "http get": "async def f(client):\n    await client.get('/x')",
    "metrics post": "async def f(client):\n    await client.post(METRICS_URL, content='x 1')",
    "read-only open": "def f():\n    open('x.txt')",
    "asyncio queue put": "import asyncio\nq = asyncio.Queue()\nasync def f(x):\n    await q.put(x)",
    "stream writer": "async def f(writer):\n    writer.write(b'x')",
    "route decorator": "@routes.post('/x')\nasync def f(request): ...",
    "argparse": "def f(parser):\n    parser.add_argument('--x')",
    "update_progress": "def f(bar):\n    update_progress(bar, 1)",
    "chat channel send": "async def f(channel, m):\n    await channel.send(m)",
    "add a processor named after records": (
        "def f(provider, p):\n    provider.add_log_record_processor(p)"
    ),
    "save_* of a cache": "def f(k, v):\n    save_cache(k, v)",
    "store_* on a dict": "stash = {}\ndef f(x):\n    stash.store_item(x)",
    "socketserver wfile": (
        "import socketserver\nclass H(socketserver.StreamRequestHandler):\n"
        "    def handle(self):\n        self.wfile.write(b'ok')"
    ),
    "http.server wfile flush": (
        "from http.server import BaseHTTPRequestHandler\nclass H(BaseHTTPRequestHandler):\n"
        "    def do_POST(self):\n        self.wfile.flush()"
    ),
    "wfile writelines": "def f(handler, lines):\n    handler.wfile.writelines(lines)",
    "search dict update": "def f(search):\n    search.update({'q': 1})",
    "redis publish": "import redis\nr = redis.Redis()\ndef f(m):\n    r.publish('c', m)",
    "vault set add": "def f(x):\n    vault = set()\n    vault.add(x)",
    "f-string select": 'def f(conn, s):\n    conn.execute(f"SELECT a FROM {s}.t")',
    "notification post to a named url": (
        'PUSH_URL = "https://push.example.com/notify"\n'
        "async def f(client, m):\n    await client.post(PUSH_URL, json=m)"
    ),
}


@pytest.mark.parametrize("case", sorted(NOT_WRITES))
def test_not_writes(case: str) -> None:
    assert all(w is None for w in classify(NOT_WRITES[case]).values()), case


def test_local_function_one_and_two_calls_deep() -> None:
    source = """
        async def _insert(db, row):
            await db.execute("INSERT INTO t VALUES ($1)", row)

        async def store(db, row):
            await _insert(db, row)

        async def handle(db, row):
            await store(db, row)
    """
    write = only(source)
    assert write is not None
    assert write.via == ("store", "_insert")
    assert write.describe() == "the database write db.execute(...) (in store() -> _insert())"


def test_three_calls_deep_is_not_followed() -> None:
    source = """
        async def a(db):
            await db.execute("INSERT INTO t VALUES (1)")

        async def b(db):
            await a(db)

        async def c(db):
            await b(db)

        async def handle(db):
            await c(db)
    """
    assert only(source) is None


def test_method_through_self_and_typed_attribute() -> None:
    source = """
        class Repo:
            def __init__(self, session):
                self.session = session

            async def keep(self, row):
                self.session.add(row)
                await self.session.commit()

        class Service:
            def __init__(self):
                self.repo = Repo(None)

            async def run(self, row):
                await self.repo.keep(row)
    """
    write = only(source)
    assert write is not None and write.via == ("keep",)


def test_configured_write_calls() -> None:
    assert only("def f(ledger):\n    ledger.book(1)") is None
    write = only("def f(ledger):\n    ledger.book(1)", write_calls=("ledger.book",))
    assert write is not None and write.kind == "configured"


def spawned(source: str) -> Write | None:
    """The write of the payload of the ``create_task``/``ensure_future`` on the last line."""
    source = textwrap.dedent(source).strip() + "\n"
    tree = ast.parse(source)
    ctx = PythonContext("example.py", source, tree, AnalysisOptions(codes=frozenset()))
    last = max(getattr(n, "lineno", 0) for n in ast.walk(tree))
    [spawn] = [
        c
        for c in ctx.model.of_type(ast.Call)
        if c.lineno == last and getattr(c.func, "attr", "") in ("create_task", "ensure_future")
    ]
    payload = spawn.args[0]
    assert isinstance(payload, ast.Call)
    return write_index(ctx).spawned(payload)


SPAWN_HEAD = "import asyncio\nclass C:\n    def __init__(self, events):\n"


@pytest.mark.parametrize(
    ("body", "is_write"),
    [
        (
            "        self.events = events\n    def f(self, e):\n"
            "        asyncio.ensure_future(self.events.append(e.id, e))",
            True,
        ),
        (
            "        self.journal = events\n    def f(self, e):\n"
            "        asyncio.create_task(self.journal.record(e))",
            True,
        ),
        (
            "        self.events = events\n    def f(self, e):\n"
            "        asyncio.create_task(self.events.put(e))",
            False,
        ),
        (
            "        self.events = []\n    def f(self, e):\n"
            "        asyncio.create_task(self.events.append(e))",
            False,
        ),
        (
            "        self.inbox_queue = events\n    def f(self, e):\n"
            "        asyncio.create_task(self.inbox_queue.append(e))",
            False,
        ),
    ],
)
def test_awaitable_payload_on_an_event_store(body: str, is_write: bool) -> None:
    assert (spawned(SPAWN_HEAD + body) is not None) is is_write


def test_global_instance_of_a_local_class_is_resolved() -> None:
    """``global _db; db = Registry(); _db = db``: ``_db.add_type`` is the local method."""
    source = """
        _db = None

        class Registry:
            def __init__(self):
                self.types = {}

            def add_type(self, kind, ext):
                self.types[ext] = kind

        def init():
            global _db
            db = Registry()
            _db = db

        def add_type(kind, ext):
            _db.add_type(kind, ext)
    """
    assert only(source) is None


def test_depends_parameter_takes_the_provider_return_type() -> None:
    """``keeper=Depends(get_keeper)``: the parameter is what the provider returns."""
    found = classify(
        """
        import asyncpg
        from fastapi import Depends

        class Keeper:
            def __init__(self, pool: asyncpg.Pool) -> None:
                self.pool = pool

            async def book(self, entry):
                await self.pool.execute("INSERT INTO entries (a) VALUES ($1)", entry)

        def get_keeper() -> Keeper:
            return Keeper(None)

        async def route(entry, keeper=Depends(get_keeper)):
            await keeper.book(entry)
        """
    )
    write = found["keeper.book(entry)"]
    assert write is not None and write.via == ("book",)
