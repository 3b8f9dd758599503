"""Broken pattern files: the error names the file and the field, in-process and through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from lostwrite.catalog import CatalogError, load_catalog
from lostwrite.catalog.loader import load_pattern_file

from .conftest import run_cli, user_pattern

BROKEN = {
    "severity-too-high": (user_pattern(severity="severity = 11"), "'severity' must be between 1"),
    "severity-not-int": (user_pattern(severity='severity = "high"'), "'severity' must be int"),
    "confidence-bool": (user_pattern(confidence="confidence = true"), "'confidence' must be"),
    "missing-title": (user_pattern(title=None), "field 'title' is missing"),
    "bad-code": (user_pattern(code="X1"), "field 'code' must look like LW001"),
    "bad-log-regex": (
        user_pattern().replace("log_regex = '(?m)", "log_regex = '(?m)(", 1),
        "field 'signature.log_regex' is not a valid regular expression",
    ),
    "bad-alt-regex": (
        user_pattern().replace("alt_regex = [\n  '", "alt_regex = [\n  '[", 1),
        "field 'signature.alt_regex[0]' is not a valid regular expression",
    ),
    "bad-cost": (
        user_pattern().replace('cost = "medium"', 'cost = "huge"', 1),
        "field 'fix_archetypes[1].cost' must be one of small, medium, large",
    ),
    "unknown-field": ('colour = "red"\n' + user_pattern(), "field 'colour' is not a known"),
    "signature-typo": (
        user_pattern().replace("log_regex = ", "log_regx = ", 1),
        "field 'signature.log_regx' is not a known field",
    ),
    "archetype-typo": (
        user_pattern() + 'txt = "typo"\n',
        "field 'fix_archetypes[2].txt' is not a known field",
    ),
    "bad-toml": (user_pattern(severity="severity = = 3"), "invalid TOML"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_file_error_names_file_and_field(name: str, tmp_path: Path) -> None:
    text, expected = BROKEN[name]
    path = tmp_path / "LW901.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_pattern_file(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message


def test_the_unbroken_user_pattern_loads(user_catalog: Path) -> None:
    (user_catalog / "LW901.toml").write_text(user_pattern(), encoding="utf-8")
    catalog = load_catalog((user_catalog,))
    assert catalog.resolve("901").slug == "custom-lost-write"
    assert len(catalog) == len(load_catalog()) + 1


def test_a_user_pattern_may_not_reuse_a_builtin_code(user_catalog: Path) -> None:
    path = user_catalog / "mine.toml"
    path.write_text(user_pattern(code="LW001"), encoding="utf-8")
    with pytest.raises(CatalogError, match=r"mine\.toml: field 'code' LW001 is already used by"):
        load_catalog((user_catalog,))


def test_a_user_pattern_may_not_reuse_a_builtin_alias(user_catalog: Path) -> None:
    path = user_catalog / "LW902.toml"
    path.write_text(
        user_pattern(code="LW902", aliases='aliases = ["ALEF-PAT-045"]'), encoding="utf-8"
    )
    with pytest.raises(CatalogError, match=r"alias 'ALEF-PAT-045' is already used by LW045"):
        load_catalog((user_catalog,))


@pytest.mark.parametrize(
    "name", ["severity-too-high", "missing-title", "bad-log-regex", "bad-toml"]
)
@pytest.mark.parametrize("command", [["patterns"], ["explain", "LW001"]])
def test_cli_reports_a_broken_catalog_in_one_line(
    name: str, command: list[str], user_catalog: Path
) -> None:
    text, expected = BROKEN[name]
    path = user_catalog / "LW901.toml"
    path.write_text(text, encoding="utf-8")
    result = run_cli(*command, "--catalog", str(user_catalog))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"lostwrite: error: {path}: ")
    assert expected in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_cli_rejects_a_catalog_that_is_not_a_directory(tmp_path: Path) -> None:
    result = run_cli("patterns", "--catalog", str(tmp_path / "nope"))
    assert result.returncode == 2
    assert "--catalog must be a directory" in result.stderr
