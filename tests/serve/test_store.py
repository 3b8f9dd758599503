"""The counter stores against real databases: a SQLite file and a real PostgreSQL server."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lostwrite.errors import UsageError
from lostwrite.serve.store import CounterStore, Event, SQLiteStore, open_store

StoreFactory = Callable[[], CounterStore]


@pytest.fixture(params=["sqlite", "postgres"])
def new_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreFactory]:
    """Opens stores on one fresh database (each call: a new connection to the same one)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'counters.db'}"
    else:
        server = request.getfixturevalue("postgres_server")
        url = server.create_database()
    opened: list[CounterStore] = []

    def factory() -> CounterStore:
        store = open_store(url)
        opened.append(store)
        return store

    yield factory
    for store in opened:
        store.close()


def test_record_and_count(new_store: StoreFactory) -> None:
    store = new_store()
    assert store.counts("LW045") == {"diagnosed": 0, "healed": 0, "cited": 0}
    results = store.record(
        [
            Event("diagnosed", "LW045", "a", 2),
            Event("healed", "LW045", "a"),
            Event("diagnosed", "LW001", "b", 7),
            Event("diagnosed", "LW045", "b"),
        ]
    )
    assert results == [True] * 4
    assert store.counts("LW045") == {"diagnosed": 3, "healed": 1, "cited": 0}
    assert store.counts("LW001") == {"diagnosed": 7, "healed": 0, "cited": 0}
    assert store.totals() == (4, 11)


def test_event_ids_make_retries_harmless(new_store: StoreFactory) -> None:
    store = new_store()
    first = store.record([Event("cited", "LW045", "a", 3, "id-1"), Event("cited", "LW045", "a", 1)])
    again = store.record(
        [
            Event("cited", "LW045", "a", 3, "id-1"),
            Event("cited", "LW045", "a", 1, "id-2"),
            Event("cited", "LW045", "a", 1, "id-2"),
        ]
    )
    assert first == [True, True]
    assert again == [False, True, False]
    assert store.counts("LW045")["cited"] == 5
    assert store.totals() == (3, 5)


def test_a_failing_batch_counts_nothing(new_store: StoreFactory) -> None:
    store = new_store()
    store.record([Event("healed", "LW045", "a")])
    with pytest.raises(Exception, match=r"(?i)check|constraint"):
        store.record([Event("healed", "LW045", "a"), Event("bogus", "LW045", "a")])
    assert store.counts("LW045")["healed"] == 1
    assert store.totals() == (1, 1)
    store.record([Event("healed", "LW045", "a")])  # the store is still usable
    assert store.counts("LW045")["healed"] == 2


def test_data_survives_reopening(new_store: StoreFactory) -> None:
    first = new_store()
    first.record([Event("diagnosed", "LW003", "a", 4)])
    first.close()
    assert new_store().counts("LW003")["diagnosed"] == 4


def test_concurrent_writers_lose_and_repeat_nothing(new_store: StoreFactory) -> None:
    """8 threads, each with its own connection (like separate server processes), 50 batches of
    5 events each, with some retried ids: the totals must be exact."""
    stores = [new_store() for _ in range(8)]
    errors: list[BaseException] = []

    def work(index: int, store: CounterStore) -> None:
        try:
            for batch in range(50):
                events = [
                    Event("diagnosed", "LW045", f"w{index}", 1 + k, f"w{index}-b{batch}-{k}")
                    for k in range(5)
                ]
                store.record(events)
                store.record(events[:2])  # a retry of part of the batch: not counted again
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i, s)) for i, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    per_batch = sum(1 + k for k in range(5))
    assert stores[0].counts("LW045")["diagnosed"] == 8 * 50 * per_batch
    assert stores[0].totals() == (8 * 50 * 5, 8 * 50 * per_batch)


def test_open_store_rejects_bad_urls(tmp_path: Path) -> None:
    for url, fragment in [
        ("mysql://localhost/db", "unsupported URL"),
        ("sqlite:///", "needs a path"),
        ("registry.db", "unsupported URL"),
    ]:
        with pytest.raises(UsageError, match=fragment):
            open_store(url)
    not_a_db = tmp_path / "text.db"
    not_a_db.write_text("this is not a database " * 100)
    with pytest.raises(UsageError, match="cannot open the SQLite database"):
        open_store(f"sqlite:///{not_a_db}")


def test_unreachable_postgres_is_a_one_line_usage_error() -> None:
    with pytest.raises(UsageError) as info:
        open_store("postgresql://user:secret@127.0.0.1:1/nothing")
    message = str(info.value)
    assert "\n" not in message
    assert "secret" not in message
    assert message.startswith("--db: cannot use postgresql://user:***@127.0.0.1:1/nothing")


def test_sqlite_default_url_creates_the_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    store = open_store("sqlite:///.lostwrite/registry.db")
    store.record([Event("cited", "LW045", "a")])
    store.close()
    with sqlite3.connect(tmp_path / ".lostwrite" / "registry.db") as conn:
        assert conn.execute("SELECT code, kind, n FROM lostwrite_counters").fetchall() == [
            ("LW045", "cited", 1)
        ]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_sqlite_memory_store_works() -> None:
    store = SQLiteStore(":memory:")
    store.record([Event("healed", "LW002", "a", 2)])
    assert store.counts("LW002")["healed"] == 2
    store.close()
