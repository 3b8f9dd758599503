"""LW003 non-atomic-state-write (JS/TS): state files rewritten in place."""

from __future__ import annotations

import pytest

from tests.detectors.js.harness import FIXTURES, run

CODE = "LW003"


def test_in_place_rewrite_message_and_range() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "config_writefilesync.js").findings
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (7, 8, 7, 70)
    assert finding.message.startswith("state file CONFIG_PATH is rewritten in place")
    assert "rename it over the target" in finding.message
    [site] = run(CODE, FIXTURES / CODE / "positive" / "config_writefilesync.js").sites
    assert site.risk == "medium"


def test_rename_without_fsync_is_low_risk() -> None:
    result = run(CODE, FIXTURES / CODE / "positive" / "rename_without_fsync.js")
    [finding] = result.findings
    assert "replaced by rename but never fsynced" in finding.message
    assert result.sites[0].risk == "low"


@pytest.mark.parametrize("name", ["sync_fsync_rename.js", "flush_option_rename.mjs"])
def test_temp_fsync_rename_is_accepted(name: str) -> None:
    sites = run(CODE, FIXTURES / CODE / "negative" / name).sites
    assert [(s.verdict, s.reason) for s in sites] == [("ok", "temp file + fsync + rename")]


def test_file_handle_writes_of_a_temp_file_are_not_examined() -> None:
    assert run(CODE, FIXTURES / CODE / "negative" / "temp_fsync_rename.ts").sites == []


@pytest.mark.parametrize(
    ("name", "how"),
    [
        ("opensync_writesync.js", 'opening it with "w" truncates it'),
        ("write_stream_flags_w.js", "the stream truncates it when it opens"),
        ("truncate_then_write.js", "it is truncated, then written again"),
        ("deno_write_text.ts", "the write truncates it first"),
    ],
)
def test_the_message_says_how_the_file_is_truncated(name: str, how: str) -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / name).findings
    assert how in finding.message
    assert "previous state is lost" in finding.message


@pytest.mark.parametrize(
    ("name", "target"),
    [
        ("datafile_module_const.ts", "DATA_FILE"),  # a module-level constant
        ("class_ctor_assign.js", "this.file"),  # ``this.file = path.join(dir, "….json")``
    ],
)
def test_targets_are_followed_to_their_definition(name: str, target: str) -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / name).findings
    assert finding.message.startswith(f"state file {target} is rewritten in place")
