"""The shipped pattern files: they validate, resolve through every alias, and say what they claim."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lostwrite.catalog import load_catalog
from lostwrite.catalog.loader import LANGUAGES, PATTERNS_DIR, Pattern, load_pattern_file
from lostwrite.errors import UsageError

SHIPPED = sorted(PATTERNS_DIR.glob("*.toml"))
EXPECTED = {
    "LW001": "fire-and-forget-persist",
    "LW002": "resource-closed-under-background-write",
    "LW003": "non-atomic-state-write",
    "LW004": "swallowed-write-error",
    "LW005": "acknowledged-before-durable",
    "LW006": "orphan-write-after-delete",
    "LW007": "silent-crash-on-write-failure",
    "LW045": "enrichment-after-commit",
}


def test_the_catalog_ships_the_designed_patterns() -> None:
    assert {p.code: p.slug for p in load_catalog()} == EXPECTED
    assert [p.stem for p in SHIPPED] == sorted(EXPECTED)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_file_validates_and_is_complete(path: Path) -> None:
    pattern = load_pattern_file(path)
    assert pattern.code == path.stem
    assert pattern.detector == pattern.slug
    assert set(pattern.example) == set(pattern.fix_example) == set(LANGUAGES)
    for language in LANGUAGES:
        assert pattern.example[language].strip() != pattern.fix_example[language].strip()
    costs = [a.cost for a in pattern.fix_archetypes]
    assert costs and all(cost in ("small", "medium", "large") for cost in costs)
    assert len({a.name for a in pattern.fix_archetypes}) == len(costs)
    assert f"{pattern.code} ({pattern.slug})" in pattern.cite_as
    assert all(ref.startswith("https://") for ref in pattern.references)


WITH_REGEX = [p for p in load_catalog() if p.log_regex or p.alt_regex]


@pytest.mark.parametrize("pattern", WITH_REGEX, ids=lambda p: p.code)
def test_regex_signatures_flag_an_example_and_no_fix(pattern: Pattern) -> None:
    regexes = [re.compile(r) for r in (pattern.log_regex, *pattern.alt_regex) if r]
    examples = list(pattern.example.values())
    assert any(rx.search(example) for rx in regexes for example in examples)
    for rx in regexes:
        for language, fixed in pattern.fix_example.items():
            assert not rx.search(fixed), f"{rx.pattern!r} matches the {language} fix"


@pytest.mark.parametrize(
    "ref",
    [
        "LW045",
        "lw045",
        "045",
        "45",
        "0045",
        " LW045 ",
        "ALEF-PAT-045",
        "alef-pat-045",
        "enrichment-after-commit",
        "async-callback-after-sync-commit-loses-enrichment",
    ],
)
def test_every_alias_of_lw045_resolves(ref: str) -> None:
    assert load_catalog().resolve(ref).code == "LW045"


def test_every_name_of_every_pattern_resolves_to_it() -> None:
    catalog = load_catalog()
    for pattern in catalog:
        for name in pattern.names():
            assert catalog.resolve(name) is pattern
            assert catalog.resolve(name.upper()) is pattern


def test_unknown_reference_lists_close_matches() -> None:
    with pytest.raises(UsageError, match=r"unknown pattern 'LW04'; did you mean .*LW045"):
        load_catalog().resolve("LW04")
    assert load_catalog().find("fire-and-forget") is None
    assert "LW001" in load_catalog().suggestions("fire-and-forget")
