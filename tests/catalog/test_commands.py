"""``lostwrite patterns`` and ``lostwrite explain``, run as real subprocesses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lostwrite.catalog import load_catalog

from .conftest import run_cli, user_pattern


def test_patterns_prints_an_aligned_table() -> None:
    result = run_cli("patterns")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["CODE", "SEV", "FAMILY", "SLUG", "TITLE"]
    assert [line.split()[0] for line in lines[1:]] == [p.code for p in load_catalog()]
    columns = [lines[0].index(name) for name in ("SEV", "FAMILY", "SLUG", "TITLE")]
    for line, pattern in zip(lines[1:], load_catalog(), strict=True):
        values = [str(pattern.severity), pattern.family, pattern.slug, pattern.title]
        assert [line[c : c + len(v)] for c, v in zip(columns, values, strict=True)] == values


def test_patterns_json_is_the_list_of_pattern_dicts() -> None:
    result = run_cli("patterns", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [p.to_dict() for p in load_catalog()]


def test_patterns_filters_by_severity_and_family() -> None:
    result = run_cli("patterns", "--format", "json", "--severity-min", "8")
    assert result.returncode == 0, result.stderr
    assert [p["code"] for p in json.loads(result.stdout)] == ["LW001", "LW002", "LW005"]
    result = run_cli("patterns", "--format", "json", "--family", "Error-Handling")
    assert [p["code"] for p in json.loads(result.stdout)] == ["LW004", "LW007"]
    result = run_cli("patterns", "--family", "persist", "--severity-min", "7")
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["CODE", "LW001"]


def test_patterns_rejects_an_unknown_family_listing_the_known_ones() -> None:
    result = run_cli("patterns", "--family", "nope")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "lostwrite: error: unknown family 'nope' (families: consistency, durability, "
        "error-handling, lifecycle, persist)\n"
    )


@pytest.mark.parametrize("value", ["0", "11", "x"])
def test_patterns_rejects_a_bad_severity(value: str) -> None:
    result = run_cli("patterns", "--severity-min", value)
    assert result.returncode == 2
    assert result.stderr.startswith("lostwrite: error: ")
    assert "severity-min" in result.stderr
    assert result.stderr.count("\n") == 1


def _sections(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("## ")]


def test_explain_prints_the_rule_doc_in_ruff_shape() -> None:
    result = run_cli("explain", "LW002")
    assert result.returncode == 0, result.stderr
    doc = result.stdout
    assert doc.startswith(
        "# Connection closed while a background write still needs it (LW002)\n\n"
        "LW002 (resource-closed-under-background-write) · severity 9/10 · confidence 0.85 · "
        "family lifecycle · aliases: 002, 2, connection-closed-before-write, "
        "request-scoped-background-write\n"
    )
    assert _sections(doc) == [
        "## What it does",
        "## Why is this bad?",
        "## Example",
        "## Use instead",
        "## Fix archetypes",
        "## Cite as",
        "## Signature",
        "## References",
    ]
    example = doc[doc.index("## Example") : doc.index("## Use instead")]
    fix = doc[doc.index("## Use instead") : doc.index("## Fix archetypes")]
    assert "```python\n" in example and "```typescript\n" in example
    assert "trackAuthorView(sql, author.author_key).catch(" in example
    assert "c.executionCtx.waitUntil(" in fix and "```python\n" in fix
    assert "- **finish-before-close** (cost: small)" in doc
    assert "fixes pattern LW002 (resource-closed-under-background-write)" in doc


def test_explain_shows_signatures_of_lw045() -> None:
    result = run_cli("explain", "alef-pat-045")
    assert result.returncode == 0, result.stderr
    signature = result.stdout.split("## Signature")[1]
    assert "would_have_asked=true AND classifier_verdict missing" in signature
    assert "3 regex signature(s)" in signature
    assert (
        "- static detector: `enrichment-after-commit` (`lostwrite scan --select LW045`)"
        in signature
    )


@pytest.mark.parametrize("ref", ["45", "lw045", "enrichment-after-commit", "ALEF-PAT-045"])
def test_explain_accepts_every_alias(ref: str) -> None:
    assert run_cli("explain", ref).stdout == run_cli("explain", "LW045").stdout


def test_explain_unknown_code_lists_close_matches() -> None:
    result = run_cli("explain", "LW04")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("lostwrite: error: unknown pattern 'LW04'; did you mean ")
    assert "LW045" in result.stderr
    assert result.stderr.count("\n") == 1


def test_catalog_option_adds_user_patterns(user_catalog: Path) -> None:
    (user_catalog / "LW901.toml").write_text(
        user_pattern(family='family = "queueing"', severity="severity = 10"), encoding="utf-8"
    )
    listed = run_cli("patterns", "--catalog", str(user_catalog), "--family", "queueing")
    assert listed.returncode == 0, listed.stderr
    assert [line.split()[:4] for line in listed.stdout.splitlines()[1:]] == [
        ["LW901", "10", "queueing", "custom-lost-write"]
    ]
    explained = run_cli("explain", "901", "--catalog", str(user_catalog))
    assert explained.returncode == 0, explained.stderr
    assert "LW901 (custom-lost-write) · severity 10/10" in explained.stdout
    assert "a user pattern: lostwrite has no detector for it" in explained.stdout
    assert run_cli("explain", "901").returncode == 2
