"""examples/guard_fastapi_lifespan.py: the lifespan drains the TaskKeeper before the pool closes.

Every test also runs under lostwrite's own task tracker (what the pytest plugin uses): the
app must not leave a task pending or an exception unretrieved in TestClient's event loop.
"""

from __future__ import annotations

import importlib.util
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from lostwrite.guard.tracking import TaskTracker

pytest.importorskip("httpx")
TestClient = pytest.importorskip("fastapi.testclient").TestClient

EXAMPLE = Path(__file__).parents[2] / "examples" / "guard_fastapi_lifespan.py"


@pytest.fixture(scope="module")
def example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("guard_fastapi_lifespan", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def no_lost_tasks(request: pytest.FixtureRequest) -> Iterator[None]:
    tracker = TaskTracker()
    tracker.install()
    tracker.owner = request.node.nodeid
    try:
        yield
    finally:
        tracker.owner = None
        problems = tracker.finish(request.node.nodeid)
        tracker.uninstall()
    assert not problems, "\n".join(problem.describe() for problem in problems)


def _rows(db: Path) -> dict[str, str | None]:
    with sqlite3.connect(db) as connection:
        return dict(connection.execute("SELECT id, verdict FROM judgments"))


def test_shutdown_waits_for_background_verdicts(example: ModuleType, tmp_path: Path) -> None:
    db = tmp_path / "judgments.db"
    app = example.create_app(str(db), classify_delay=0.3)
    with TestClient(app) as client:
        for n in range(5):
            text = "good work" if n % 2 else "needs a look"
            response = client.post(f"/judgments/j{n}", json={"text": text})
            assert response.status_code == 200
            assert response.json() == {"id": f"j{n}", "stored": True}
        health = client.get("/health").json()
        assert health["pending_writes"] > 0  # answered before the verdicts were written
        assert _rows(db) == {f"j{n}": None for n in range(5)}
    assert _rows(db) == {
        "j0": "review",
        "j1": "approve",
        "j2": "review",
        "j3": "approve",
        "j4": "review",
    }
    assert app.state.keeper.pending == 0
    assert app.state.keeper.failures == 0


def test_failed_verdict_is_logged_counted_and_visible(
    example: ModuleType, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "judgments.db"
    app = example.create_app(str(db), classify_delay=0.05)
    with caplog.at_level(logging.ERROR, logger="lostwrite.guard"), TestClient(app) as client:
        assert client.post("/judgments/ok", json={"text": "good"}).status_code == 200
        assert client.post("/judgments/bad", json={"text": "poison"}).status_code == 200
    assert app.state.keeper.failures == 1
    assert _rows(db) == {"ok": "approve", "bad": None}  # left for `lostwrite recover`
    [record] = [r for r in caplog.records if r.name == "lostwrite.guard"]
    assert record.levelno == logging.ERROR
    assert "'verdict:bad'" in record.getMessage()
    assert "classifier rejected 'poison'" in caplog.text
    assert "Traceback" in caplog.text
