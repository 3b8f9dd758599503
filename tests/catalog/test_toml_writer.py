"""The pattern-file TOML writer: every value round-trips exactly through ``tomllib``."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lostwrite.catalog.loader import PATTERNS_DIR
from lostwrite.catalog.toml_writer import WIDTH, dumps

TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=300)
PROSE = st.lists(
    st.sampled_from(["word", "a", "x" * 120, " ", "  ", "\n", "\\", '"', "'", "\t", "é", "\x7f"]),
    max_size=80,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(value=TEXT | PROSE)
def test_any_string_round_trips(value: str) -> None:
    for multiline in (False, True):
        text = dumps({"value": value}, multiline_keys={"value"} if multiline else ())
        assert tomllib.loads(text) == {"value": value}


@settings(max_examples=100, deadline=None)
@given(key=TEXT.filter(bool), items=st.lists(TEXT, max_size=5))
def test_keys_and_arrays_round_trip(key: str, items: list[str]) -> None:
    data = {key: items, "n": 3, "x": 0.25, "flag": False, "table": {key: {"deep": items}}}
    assert tomllib.loads(dumps(data)) == data


def test_tables_and_arrays_of_tables_keep_their_order() -> None:
    data = {
        "code": "LW900",
        "signature": {"detector": "d", "runtime": {"missing": ["a"]}},
        "example": {"python": "x = 1\n"},
        "fix_archetypes": [{"name": "one", "cost": "small"}, {"name": "two", "cost": "large"}],
    }
    text = dumps(data, comment="made by a test")
    assert tomllib.loads(text) == data
    headers = [line for line in text.splitlines() if line.startswith(("[", "#"))]
    assert headers == [
        "# made by a test",
        "[signature]",
        "[signature.runtime]",
        "[example]",
        "[[fix_archetypes]]",
        "[[fix_archetypes]]",
    ]


def test_prose_is_wrapped_without_changing_it() -> None:
    prose = " ".join(["lost write"] * 40)
    text = dumps({"summary": prose}, multiline_keys={"summary"})
    assert all(len(line) <= WIDTH for line in text.splitlines())
    assert len(text.splitlines()) > 3
    assert tomllib.loads(text) == {"summary": prose}


@pytest.mark.parametrize("path", sorted(PATTERNS_DIR.glob("*.toml")), ids=lambda p: p.stem)
def test_shipped_patterns_survive_a_rewrite(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    prose = {"summary", "behavior", "why", "text", "cite_as", "python", "typescript"}
    assert tomllib.loads(dumps(data, multiline_keys=prose)) == data


def test_unsupported_values_are_refused() -> None:
    with pytest.raises(TypeError, match="cannot write NoneType"):
        dumps({"x": None})
