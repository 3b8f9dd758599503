"""LW004/LW006/LW007/LW045 end to end: ``python -m lostwrite scan`` in a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
CODES = ("LW004", "LW006", "LW007", "LW045")


def scan(path: Path, code: str) -> tuple[int, dict]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "lostwrite",
            "scan",
            str(path),
            "--select",
            code,
            "--format",
            "json",
            "--no-cache",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.returncode, json.loads(result.stdout)


@pytest.mark.parametrize("code", CODES)
def test_every_positive_case_is_reported_and_no_negative(code: str) -> None:
    status, report = scan(FIXTURES / code / "positive", code)
    assert status == 1
    flagged = {Path(f["path"]).name for f in report["findings"]}
    expected = {p.name for p in (FIXTURES / code / "positive").glob("*.py")}
    assert flagged == expected
    assert {f["code"] for f in report["findings"]} == {code}
    assert report["errors"] == []

    status, report = scan(FIXTURES / code / "negative", code)
    assert (status, report["findings"], report["errors"]) == (0, [], [])


def test_seed_example_service() -> None:
    """The judge service example carries the seed's swallowed checkpoint error and the
    enrichment attached after the commit."""
    example = Path(__file__).parents[3] / "examples" / "judge_service" / "app.py"
    status, report = scan(example, "LW004,LW045")
    assert status == 1
    messages = {f["code"]: f["message"] for f in report["findings"]}
    assert sorted(messages) == ["LW004", "LW045"]
    assert "save_checkpoint" in messages["LW004"]
    assert "classifier_verdict" in messages["LW045"]
