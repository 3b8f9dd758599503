"""The sharper byte prefilters of LW004 and LW045: they may say yes too often, never no when
the rule could fire."""

from __future__ import annotations

import pytest

from lostwrite.detectors.python.lw004_swallowed_write_error import (
    prefilter as can_swallow_a_write_failure,
)
from lostwrite.detectors.python.lw045_enrichment_after_commit import (
    prefilter as can_enrich_after_a_write,
)


@pytest.mark.parametrize(
    "source",
    [
        "try:\n    save(x)\nexcept:\n    pass\n",
        "try:\n    save(x)\nexcept Exception as exc:\n    log(exc)\n",
        "try:\n    save(x)\nexcept (KeyError, sqlite3.OperationalError):\n    pass\n",
        "try:\n    save(x)\nexcept (KeyError,\n        OSError):\n    pass\n",
        "try:\n    save(x)\nexcept* ConnectionError:\n    pass\n",
        "with contextlib.suppress(Exception):\n    save(x)\n",
        "await asyncio.gather(*writes, return_exceptions=True)\n",
    ],
)
def test_lw004_keeps_files_that_can_swallow_a_write_failure(source: str) -> None:
    assert can_swallow_a_write_failure(source.encode())


@pytest.mark.parametrize(
    "source",
    [
        "try:\n    import ujson as json\nexcept ImportError:\n    import json\n",
        "try:\n    v = d[k]\nexcept (KeyError, IndexError) as e:\n    v = None\n",
        "try:\n    run()\nexcept JobCompleted:\n    pass\n",
        "# no handler at all, only the word except in a comment\n",
    ],
)
def test_lw004_skips_files_whose_handlers_cannot_see_a_write_fail(source: str) -> None:
    assert not can_swallow_a_write_failure(source.encode())


@pytest.mark.parametrize(
    "source",
    [
        "asyncio.create_task(enrich(row))\n",
        "loop.call_soon_threadsafe (annotate, row)\n",
        "fut.add_done_callback(\n    on_done)\n",
        "threading.Thread(target=work).start()\n",
        'row["verdict"] = classify(row)\n',
        "record.tags += extra\n",
        'row["meta"] = {\n    "a": 1,\n    "b": 2,\n    "summary": summarize(text),\n}\n',
        'row.x = importlib.import_module("ml").predict(row)\n',
        "doc.Sentiment = model(doc)\n",
        'review.update({"sentiment": sentiment_of(text)})\n',
        'row.setdefault(\n    "tags", tag(row))\n',
        "enrich_order.delay(order.id)\n",
    ],
)
def test_lw045_keeps_files_that_schedule_or_enrich(source: str) -> None:
    assert can_enrich_after_a_write(source.encode())


@pytest.mark.parametrize(
    "source",
    [
        "supervisor.respawn(worker)\n",
        "self.tags = []\nself.label = label\n",
        "labels = sorted(tags)\n",
        "if row.score == best:\n    pass\n",
        "pool.submit_job(x)\n",
        "self.update(labels)\n",
    ],
)
def test_lw045_skips_files_without_either(source: str) -> None:
    assert not can_enrich_after_a_write(source.encode())
