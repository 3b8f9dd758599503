"""``scan --fix`` / ``--diff``: before/after fixtures per fix (Python with libcst, JS/TS as text
edits), idempotence, the fixed file no longer triggers the finding, and a file changed on disk
meanwhile is not written."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lostwrite.fix.apply import plan, write
from lostwrite.scan.config import AnalysisOptions, Settings
from lostwrite.scan.engine import run_scan

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p.name for p in FIXTURES.glob("*.before.*"))


def lostwrite(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lostwrite", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def fixable(cwd: Path) -> list[dict[str, object]]:
    out = lostwrite("scan", ".", "--format", "json", "--no-cache", cwd=cwd).stdout
    return [f for f in json.loads(out)["findings"] if f["fix_available"]]


@pytest.mark.parametrize("case", CASES)
def test_fix_turns_before_into_after(case: str, tmp_path: Path) -> None:
    suffix = case.rsplit(".", 1)[1]
    target = tmp_path / f"module.{suffix}"
    shutil.copy(FIXTURES / case, target)
    after = FIXTURES / case.replace(".before.", ".after.")
    code = case.split("_")[0].upper()
    before = target.read_bytes()
    assert any(f["code"] == code for f in fixable(tmp_path))

    diff = lostwrite("scan", ".", "--diff", "--no-cache", cwd=tmp_path)
    assert diff.returncode == 1
    assert diff.stdout.startswith(f"--- a/module.{suffix}\n+++ b/module.{suffix}\n")
    assert target.read_bytes() == before  # --diff writes nothing

    fixed = lostwrite("scan", ".", "--fix", "--no-cache", cwd=tmp_path)
    assert "Traceback" not in fixed.stderr
    assert target.read_text() == after.read_text()
    assert not [f for f in fixable(tmp_path) if f["code"] == code]

    again = lostwrite("scan", ".", "--fix", "--no-cache", cwd=tmp_path)
    assert "Fixed 0 findings." in again.stderr
    assert target.read_text() == after.read_text()


def test_fix_keeps_permissions(tmp_path: Path) -> None:
    target = tmp_path / "module.py"
    shutil.copy(FIXTURES / "lw004_log_only.before.py", target)
    os.chmod(target, 0o640)
    lostwrite("scan", ".", "--fix", "--no-cache", cwd=tmp_path)
    assert target.stat().st_mode & 0o777 == 0o640
    assert "raise" in target.read_text()


def test_file_changed_on_disk_is_not_written(tmp_path: Path) -> None:
    target = tmp_path / "module.py"
    shutil.copy(FIXTURES / "lw004_log_only.before.py", target)
    options = AnalysisOptions(codes=frozenset({"LW004"}))
    report = run_scan([str(tmp_path)], Settings(root=tmp_path, options=options), use_cache=False)
    plans, warnings = plan(report, options)
    assert len(plans) == 1 and not warnings
    target.write_text(target.read_text() + "\n# edited meanwhile\n")
    applied, warnings = write(plans)
    assert applied == 0
    assert warnings == [f"{target}: not fixed: the file changed on disk meanwhile"]
    assert target.read_text().endswith("# edited meanwhile\n")


def test_fix_and_diff_are_exclusive(tmp_path: Path) -> None:
    result = lostwrite("scan", ".", "--fix", "--diff", cwd=tmp_path)
    assert result.returncode == 2
    assert "exclusive" in result.stderr
