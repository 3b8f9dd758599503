"""Helpers for the catalog tests: the real ``lostwrite`` CLI in a subprocess, pattern files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lostwrite.catalog.loader import PATTERNS_DIR

FIXTURES = Path(__file__).parent / "fixtures"
ALEF_FIXTURE = FIXTURES / "alef_pat_045.json"


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m lostwrite ARGS`` and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "lostwrite", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def user_pattern(code: str = "LW901", slug: str = "custom-lost-write", **lines: str | None) -> str:
    """A pattern file for a user catalog: the shipped LW001 with a new code, slug and no aliases.

    Each keyword replaces the (one-line) top-level ``key = ...`` line of that name with the
    given text, or deletes it when the value is None.
    """
    text = (PATTERNS_DIR / "LW001.toml").read_text(encoding="utf-8")
    text = text.replace('code = "LW001"', f'code = "{code}"', 1)
    text = text.replace('slug = "fire-and-forget-persist"', f'slug = "{slug}"', 1)
    text = text.replace('aliases = ["dangling-write-task", "unawaited-write"]', "aliases = []", 1)
    for key, line in lines.items():
        start = text.index(f"\n{key} = ") + 1
        end = text.index("\n", start) + 1
        text = text[:start] + ("" if line is None else line + "\n") + text[end:]
    return text


@pytest.fixture
def user_catalog(tmp_path: Path) -> Path:
    """An empty directory to use with ``--catalog``."""
    directory = tmp_path / "patterns"
    directory.mkdir()
    return directory
