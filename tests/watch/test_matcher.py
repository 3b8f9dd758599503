"""The compiled predicate means exactly ``Predicate.matches``; the prefilter never drops a match."""

from __future__ import annotations

import json
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lostwrite.predicate import Predicate
from lostwrite.watch.matcher import NotAnObject, Prefilter, compile_matcher
from lostwrite.watch.scanner import BlockScanner

KEYS = st.sampled_from(["a", "b", "asked", "clé", "x-y", 'q"t', "a/b"])
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-2, 2), st.sampled_from([0.0, 1.0, "", "s"])
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=2), st.dictionaries(KEYS, inner, max_size=3)),
    max_leaves=6,
)
RECORDS = st.dictionaries(KEYS, VALUES, max_size=5)
PATHS = st.one_of(KEYS, st.builds(lambda a, b: f"{a}.{b}", KEYS, KEYS))
PREDICATES = st.builds(
    lambda when, missing, null, either: Predicate(
        when=tuple(when.items()),
        missing=tuple(missing),
        null=tuple(null),
        missing_or_null=tuple(either),
    ),
    st.dictionaries(PATHS, SCALARS, max_size=2),
    st.lists(PATHS, max_size=2),
    st.lists(PATHS, max_size=1),
    st.lists(PATHS, max_size=1),
)


def encodings(record: dict[str, Any]) -> list[bytes]:
    """The ways common writers serialize a row."""
    return [
        orjson.dumps(record),
        json.dumps(record).encode(),  # spaces, \\u escapes
        json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode(),
        json.dumps(record, indent=None, separators=(" , ", " : ")).encode(),
    ]


@settings(max_examples=150, deadline=None)
@given(PREDICATES, RECORDS)
def test_compiled_matcher_agrees_with_predicate(
    predicate: Predicate, record: dict[str, Any]
) -> None:
    assert compile_matcher(predicate)(record) == predicate.matches(record)


@settings(max_examples=150, deadline=None)
@given(PREDICATES, RECORDS)
def test_prefilter_accepts_every_matching_row(predicate: Predicate, record: dict[str, Any]) -> None:
    if predicate.matches(record):
        prefilter = Prefilter.for_predicate(predicate)
        for line in encodings(record):
            assert prefilter.accepts(line), line


@settings(max_examples=100, deadline=None)
@given(PREDICATES, st.lists(RECORDS, min_size=1, max_size=8))
def test_block_scan_finds_exactly_the_matching_rows(
    predicate: Predicate, records: list[dict[str, Any]]
) -> None:
    block = b"".join(orjson.dumps(r) + b"\n" for r in records)
    scanner = BlockScanner(Prefilter.for_predicate(predicate), compile_matcher(predicate))
    for _ in range(2):  # the second time, possibly in the decode-every-line mode
        result = scanner.scan(block)
        assert [m[3] for m in result.matches] == [r for r in records if predicate.matches(r)]
        assert [m[2] for m in result.matches] == [
            i for i, r in enumerate(records) if predicate.matches(r)
        ]
        assert result.rows == len(records) and not result.problems


@pytest.mark.parametrize("value", [[], 1, "a", None, True])
def test_compiled_matcher_rejects_non_objects(value: Any) -> None:
    with pytest.raises(NotAnObject):
        compile_matcher(Predicate(missing=("a",)))(value)


def test_prefilter_uses_the_literal_value() -> None:
    prefilter = Prefilter.for_predicate(Predicate(when=(("asked", True),)))
    assert prefilter.accepts(b'{"asked" : true}')
    assert not prefilter.accepts(b'{"asked": false, "other": true}')
    assert not prefilter.accepts(b'{"note": "asked", "x": true}')


def test_prefilter_uses_plain_string_values_but_not_numbers() -> None:
    by_string = Prefilter.for_predicate(Predicate(when=(("status", "paid"),)))
    assert by_string.accepts(b'{"status":\t"paid"}')
    assert not by_string.accepts(b'{"status": "due", "note": "paid"}')
    by_number = Prefilter.for_predicate(Predicate(when=(("n", 1),)))
    assert by_number.accepts(b'{"n": 1.0}') and by_number.accepts(b'{"n": 1e0}')


def test_keys_an_encoder_may_escape_get_no_prefilter() -> None:
    assert Prefilter.for_predicate(Predicate(when=(("clé", True),))).patterns == ()
    assert Prefilter.for_predicate(Predicate(when=(("a/b", 1),))).patterns == ()
