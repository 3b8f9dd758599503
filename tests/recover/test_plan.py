"""Compare-and-set planning: only missing fields are written, and every write can be undone."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from lostwrite.predicate import Predicate
from lostwrite.recover.plan import Marker, Outcome, normalize_fields, plan

LW045 = Predicate(when=(("would_have_asked", True),), missing=("classifier_verdict",))
MARKER = Marker("_lostwrite_recovered", "LW045", "0.1.0")


def apply_steps(document: dict[str, Any], steps: list[dict[str, Any]], ops: bool) -> dict[str, Any]:
    """Apply ``ops`` (as the sources do) or ``undo`` steps (as a user would) to a copy."""
    document = copy.deepcopy(document)
    for step in steps:
        *parents, last = step["path"]
        node = document
        for part in parents:
            node = node[part]
        if ops:
            node[last] = copy.deepcopy(step["value"])
        elif step.get("delete"):
            del node[last]
        else:
            node[last] = step["restore"]
    return document


def roundtrip(outcome: Outcome, original: dict[str, Any]) -> None:
    """The ops produce the planned document, and the undo steps restore the original."""
    ops = [{"path": list(op.path), "value": op.value} for op in outcome.ops]
    written = apply_steps(original, ops, ops=True)
    assert written == outcome.document
    assert apply_steps(written, outcome.undo, ops=False) == original


def test_sets_the_missing_field_and_marks_it() -> None:
    record = {"id": 1, "would_have_asked": True}
    outcome = plan(1, record, {"classifier_verdict": "ok"}, predicate=LW045, marker=MARKER, at="T")
    assert outcome.kind == "set"
    assert outcome.fields == {"classifier_verdict": "ok"}
    assert outcome.document == {
        "id": 1,
        "would_have_asked": True,
        "classifier_verdict": "ok",
        "_lostwrite_recovered": {"pattern": "LW045", "at": "T", "version": "0.1.0"},
    }
    assert record == {"id": 1, "would_have_asked": True}  # the input is not mutated
    roundtrip(outcome, record)


def test_present_fields_are_never_overwritten() -> None:
    record = {"id": 1, "would_have_asked": True, "text": "hello", "score": None}
    fields = {"classifier_verdict": "ok", "text": "changed", "score": 3, "id": 1}
    outcome = plan(1, record, fields, predicate=LW045, marker=None, at="T")
    assert outcome.fields == {"classifier_verdict": "ok"}
    assert outcome.document == {**record, "classifier_verdict": "ok"}
    # same value ("id") is not a conflict; different values are reported as kept
    assert outcome.kept == ["text", "score"]
    roundtrip(outcome, record)


def test_a_filled_field_means_the_record_was_repaired_meanwhile() -> None:
    record = {"id": 1, "would_have_asked": True, "classifier_verdict": "from-writer"}
    outcome = plan(1, record, {"classifier_verdict": "ok"}, predicate=LW045, marker=MARKER, at="T")
    assert outcome.kind == "skipped"
    assert "repaired meanwhile" in outcome.reason
    assert plan(1, None, {"x": 1}, predicate=LW045, marker=None, at="T").kind == "skipped"


def test_null_is_only_replaced_when_the_predicate_selects_null() -> None:
    record = {"id": 1, "verdict": None, "other": None}
    by_null = Predicate(null=("verdict",))
    outcome = plan(1, record, {"verdict": "ok", "other": 1}, predicate=by_null, marker=None, at="T")
    assert outcome.fields == {"verdict": "ok"}
    assert outcome.document == {"id": 1, "verdict": "ok", "other": None}
    assert outcome.undo == [{"path": ["verdict"], "restore": None}]
    roundtrip(outcome, record)
    either = Predicate(missing_or_null=("verdict",))
    assert plan(1, record, {"verdict": 2}, predicate=either, marker=None, at="T").kind == "set"


def test_nested_fields_create_parents_once_and_undo_removes_them() -> None:
    record = {"id": 1, "would_have_asked": True, "meta": {"a": 1}}
    fields = {
        "classifier_verdict": "ok",
        "meta.b": 2,
        "extra.x.y": 3,
        "extra.x.z": 4,
        "meta.a": 99,
    }
    outcome = plan(1, record, fields, predicate=LW045, marker=MARKER, at="T")
    assert outcome.document["meta"] == {"a": 1, "b": 2}
    assert outcome.document["extra"] == {"x": {"y": 3, "z": 4}}
    assert [op.path for op in outcome.ops] == [
        ("classifier_verdict",),
        ("meta", "b"),
        ("extra",),
        ("extra", "x", "z"),
        ("_lostwrite_recovered",),
    ]
    assert outcome.kept == ["meta.a"]
    assert record["meta"] == {"a": 1}
    roundtrip(outcome, record)


def test_a_field_under_a_non_object_is_kept() -> None:
    record = {"id": 1, "would_have_asked": True, "meta": [1, 2]}
    outcome = plan(1, record, {"meta.x": 1}, predicate=LW045, marker=None, at="T")
    assert outcome.kind == "unchanged"
    assert outcome.kept == ["meta.x"]


def test_an_existing_marker_is_restored_by_undo() -> None:
    old_marker = {"pattern": "LW001", "at": "before", "version": "0.0.1"}
    record = {"id": 1, "would_have_asked": True, "_lostwrite_recovered": old_marker}
    outcome = plan(1, record, {"classifier_verdict": "ok"}, predicate=LW045, marker=MARKER, at="T")
    assert {"path": ["_lostwrite_recovered"], "restore": old_marker} in outcome.undo
    roundtrip(outcome, record)


@pytest.mark.parametrize(
    ("result", "needle"),
    [
        ([1, 2], "expected a dict"),
        ({"": 1}, "invalid field name"),
        ({"a..b": 1}, "invalid field name"),
        ({1: 2}, "invalid field name"),
        ({"a": object()}, "not JSON"),
    ],
)
def test_bad_enrichment_results(result: Any, needle: str) -> None:
    with pytest.raises(ValueError, match=needle):
        normalize_fields(result)


def test_none_means_nothing_to_set() -> None:
    assert normalize_fields(None) == {}
    assert normalize_fields({"a.b": [1]}) == {"a.b": [1]}
