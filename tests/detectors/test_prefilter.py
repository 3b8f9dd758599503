"""The byte prefilter: which detectors a file goes to, from one pass over its bytes."""

from __future__ import annotations

from lostwrite.detectors import Detector, TokenIndex, wanted_detectors


def _detector(code: str, *triggers: bytes, prefilter: bytes | None = None) -> Detector:
    def sharper(data: bytes) -> bool:
        return prefilter is not None and prefilter in data

    return Detector(code, triggers, lambda ctx: None, sharper if prefilter else None)


def test_overlapping_tokens_are_all_found() -> None:
    index = TokenIndex((b"create_task", b"_task", b"task", b"absent"))
    assert index.found(b"asyncio.create_task(x)") == {b"create_task", b"_task", b"task"}
    assert TokenIndex(()).found(b"anything") == frozenset()


def test_a_detector_runs_when_one_of_its_triggers_occurs() -> None:
    spawn = _detector("LW001", b"create_task", b"ensure_future")
    swallow = _detector("LW004", b"except")
    chosen = wanted_detectors([spawn, swallow], b"asyncio.ensure_future(save())\n")
    assert [d.code for d in chosen] == ["LW001"]
    assert wanted_detectors([spawn, swallow], b"x = 1\n") == []


def test_the_sharper_prefilter_is_asked_after_a_trigger() -> None:
    orphan = _detector("LW006", b"delete", prefilter=b"_id")
    assert wanted_detectors([orphan], b"repo.delete(part)\n") == []
    assert wanted_detectors([orphan], b"repo.delete(part_id)\n") == [orphan]


def test_configured_write_calls_send_the_file_to_every_detector() -> None:
    spawn = _detector("LW001", b"create_task")
    orphan = _detector("LW006", b"delete", prefilter=b"_id")
    chosen = wanted_detectors([spawn, orphan], b"ledger.book(entry)\n", (b"book",))
    assert chosen == [spawn, orphan]
