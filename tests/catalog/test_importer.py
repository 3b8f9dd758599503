"""``lostwrite catalog import``: ALEF JSON in, a valid and stable pattern file out."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from lostwrite.catalog import load_catalog
from lostwrite.catalog.importer import PROSE_KEYS, convert, read_alef
from lostwrite.catalog.loader import load_pattern_file
from lostwrite.catalog.toml_writer import dumps
from lostwrite.errors import UsageError

from .conftest import ALEF_FIXTURE, run_cli


def _alef() -> dict[str, Any]:
    return json.loads(ALEF_FIXTURE.read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: Any, name: str = "pattern.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_round_trip_of_the_fixture(tmp_path: Path) -> None:
    alef = _alef()
    target = tmp_path / "LW045.toml"
    result = run_cli("catalog", "import", str(ALEF_FIXTURE), "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert f"wrote {target} (LW045 {alef['slug']})" in result.stderr
    pattern = load_pattern_file(target)
    assert pattern.code == "LW045"
    assert pattern.slug == pattern.detector == alef["slug"]
    assert pattern.family == "persist"
    assert pattern.severity == alef["severity"]
    assert pattern.confidence == alef["confidence"]
    assert pattern.summary == alef["summary"]
    assert pattern.behavior == alef["signature"]["behavior"]
    assert pattern.log_regex == alef["signature"]["log_regex"]
    assert list(pattern.alt_regex) == alef["signature"]["alt_regex"]
    assert [(a.name, a.cost, a.text) for a in pattern.fix_archetypes] == [
        (a["name"], a["cost"], a["text"]) for a in alef["fix_archetypes"]
    ]
    assert pattern.aliases == ("ALEF-PAT-045", alef["slug"])
    assert pattern.title == "Async callback after sync commit loses enrichment"
    assert "Imported from ALEF-PAT-045" in pattern.why
    assert "imported from ALEF-PAT-045, which has none" in pattern.example["python"]
    assert pattern.example["typescript"].startswith("// No TypeScript example")
    assert pattern.cite_as.startswith(f"fixes pattern LW045 ({alef['slug']}), also known as")


def test_output_is_stable(tmp_path: Path) -> None:
    first = run_cli("catalog", "import", str(ALEF_FIXTURE))
    second = run_cli("catalog", "import", str(ALEF_FIXTURE))
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout
    # Writing the decoded file again gives the same bytes: the writer is idempotent.
    header, _, _ = first.stdout.partition("\n")
    again = dumps(
        tomllib.loads(first.stdout), multiline_keys=PROSE_KEYS, comment=header.removeprefix("# ")
    )
    assert again == first.stdout


def test_stdout_and_file_output_are_identical(tmp_path: Path) -> None:
    stdout = run_cli("catalog", "import", str(ALEF_FIXTURE)).stdout
    run_cli("catalog", "import", str(ALEF_FIXTURE), "-o", str(tmp_path))
    assert (tmp_path / "LW045.toml").read_text(encoding="utf-8") == stdout


def test_import_notes_names_the_builtin_catalog_already_uses() -> None:
    result = run_cli("catalog", "import", str(ALEF_FIXTURE))
    assert result.stderr.startswith("lostwrite: note: built-in LW045 already answers to LW045,")
    assert "ALEF-PAT-045" in result.stderr


def test_an_imported_pattern_works_as_a_user_catalog(tmp_path: Path) -> None:
    alef = _alef() | {"id": "ALEF-PAT-912", "slug": "lost-tail-write", "title": "Lost tail"}
    source = _write(tmp_path, alef)
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    result = run_cli("catalog", "import", str(source), "-o", str(catalog))
    assert result.returncode == 0, result.stderr
    assert "note" not in result.stderr
    explained = run_cli("explain", "alef-pat-912", "--catalog", str(catalog))
    assert explained.returncode == 0, explained.stderr
    assert explained.stdout.startswith("# Lost tail (LW912)\n")
    assert load_catalog((catalog,)).resolve("912").slug == "lost-tail-write"


def test_existing_output_is_kept_unless_forced(tmp_path: Path) -> None:
    target = tmp_path / "LW045.toml"
    target.write_text("mine", encoding="utf-8")
    refused = run_cli("catalog", "import", str(ALEF_FIXTURE), "-o", str(target))
    assert refused.returncode == 2
    assert "already exists; pass --force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "mine"
    forced = run_cli("catalog", "import", str(ALEF_FIXTURE), "-o", str(target), "--force")
    assert forced.returncode == 0, forced.stderr
    assert load_pattern_file(target).code == "LW045"


def test_unwritable_output_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("catalog", "import", str(ALEF_FIXTURE), "-o", str(tmp_path / "no" / "x.toml"))
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].startswith(f"lostwrite: error: {tmp_path}/no/x.toml:")


def _without(data: dict[str, Any], dotted: str) -> dict[str, Any]:
    copy = json.loads(json.dumps(data))
    *parents, last = dotted.split(".")
    node = copy
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    del node[last]
    return copy


@pytest.mark.parametrize(
    "field",
    ["id", "slug", "family", "severity", "confidence", "summary", "fix_archetypes"],
)
def test_missing_required_field_is_named(field: str, tmp_path: Path) -> None:
    path = _write(tmp_path, _without(_alef(), field))
    with pytest.raises(UsageError, match=rf"^{path}: field '{field}' is missing$"):
        convert(read_alef(path), path)


def test_missing_archetype_text_is_named(tmp_path: Path) -> None:
    path = _write(tmp_path, _without(_alef(), "fix_archetypes.1.text"))
    with pytest.raises(UsageError, match=r"field 'fix_archetypes\[1\]\.text' is missing"):
        convert(read_alef(path), path)


BAD_VALUES = [
    ("id", "ALEF-PAT", "field 'id' must end in a pattern number"),
    ("id", "ALEF-PAT-000", "field 'id' must end in a pattern number"),
    ("id", "ALEF-PAT-1045", "field 'id' must end in a pattern number"),
    ("slug", "Not A Slug", "field 'slug' must be lower-case words"),
    ("family", " \u00d7 x", "field 'family' must name a family"),
    ("severity", 11, "field 'severity' must be from 1 to 10, got 11"),
    ("severity", 6.5, "field 'severity' must be a whole number"),
    ("severity", True, "field 'severity' must be a number"),
    ("confidence", "high", "field 'confidence' must be a number from 0 to 1"),
    ("confidence", 1.5, "field 'confidence' must be from 0 to 1"),
    ("summary", 7, "field 'summary' must be a non-empty string"),
    ("summary", "", "field 'summary' is empty"),
    ("signature", [], "field 'signature' must be an object"),
    ("fix_archetypes", [], "field 'fix_archetypes' must be a non-empty list"),
    ("fix_archetypes", ["x"], r"field 'fix_archetypes\[0\]' must be an object"),
]


@pytest.mark.parametrize(("field", "value", "message"), BAD_VALUES)
def test_bad_value_is_named(field: str, value: Any, message: str, tmp_path: Path) -> None:
    path = _write(tmp_path, _alef() | {field: value})
    with pytest.raises(UsageError, match=message):
        convert(read_alef(path), path)


@pytest.mark.parametrize(
    ("signature", "message"),
    [
        ({"log_regex": "(open"}, r"field 'signature\.log_regex' is not a valid regular"),
        ({"alt_regex": ["ok", "[x"]}, r"field 'signature\.alt_regex\[1\]' is not a valid"),
        ({"alt_regex": "x"}, r"field 'signature\.alt_regex' must be a list of non-empty"),
        ({"behavior": ["x"]}, r"field 'signature\.behavior' must be a non-empty string"),
    ],
)
def test_bad_signature_is_named(signature: dict[str, Any], message: str, tmp_path: Path) -> None:
    path = _write(tmp_path, _alef() | {"signature": signature})
    with pytest.raises(UsageError, match=message):
        convert(read_alef(path), path)


def test_bad_cost_is_named(tmp_path: Path) -> None:
    alef = _alef()
    alef["fix_archetypes"][2]["cost"] = "enormous"
    path = _write(tmp_path, alef)
    with pytest.raises(UsageError, match=r"'fix_archetypes\[2\]\.cost' must be one of small"):
        convert(read_alef(path), path)


def test_optional_fields_get_derived_defaults(tmp_path: Path) -> None:
    minimal = _alef() | {"signature": None, "family": "Error Handling"}
    path = _write(tmp_path, minimal)
    pattern, text = convert(read_alef(path), path)
    assert pattern.family == "error-handling"
    assert pattern.log_regex is None and pattern.alt_regex == ()
    assert pattern.behavior == (
        "ALEF-PAT-045 describes no separate behavior; the summary above is all it says."
    )
    assert "log_regex" not in text and "alt_regex" not in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"id": ', "invalid JSON: Expecting value (line 1, column 8)"),
        (b"[1, 2]", "expected a JSON object, got list"),
        (b'{"id": "\xff"}', "not UTF-8 text"),
    ],
)
def test_unreadable_json_is_one_line_exit_2(content: bytes, message: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    result = run_cli("catalog", "import", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"lostwrite: error: {path}: {message}\n"


def test_cli_names_the_missing_field(tmp_path: Path) -> None:
    path = _write(tmp_path, _without(_alef(), "signature.behavior") | {"severity": None})
    result = run_cli("catalog", "import", str(path), "-o", str(tmp_path / "out.toml"))
    assert result.returncode == 2
    assert result.stderr == f"lostwrite: error: {path}: field 'severity' is missing\n"
    assert not (tmp_path / "out.toml").exists()


def test_missing_input_file(tmp_path: Path) -> None:
    result = run_cli("catalog", "import", str(tmp_path / "absent.json"))
    assert result.returncode == 2
    assert "cannot read: No such file or directory" in result.stderr
