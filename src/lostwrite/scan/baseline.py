"""Baselines: accept today's findings and report only new ones.

A baseline is the JSON object ``lostwrite scan --format json`` prints (or ``lostwrite baseline
write FILE`` writes). A current finding matches a baseline finding with the same code, path,
enclosing function and whitespace-normalised source line, so inserting lines above it or
editing unrelated code keeps it matched; moving or renaming the file makes it new. Identical
keys are matched one for one, so a second copy of a baselined bug is still reported.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from lostwrite.errors import UsageError
from lostwrite.scan.engine import ScanReport
from lostwrite.scan.finding import Finding

REQUIRED = ("code", "path", "line", "message")
Key = tuple[str, str, str, str]


def finding_key(path: str, finding: Finding) -> Key:
    return (finding.code, Path(path).as_posix(), finding.context, " ".join(finding.snippet.split()))


@dataclass(frozen=True)
class BaselineEntry:
    """One finding recorded in a baseline file."""

    key: Key
    line: int
    column: int
    message: str


def load_baseline(path: str) -> list[BaselineEntry]:
    """Read a baseline file; a missing or corrupt one is a one-line usage error."""
    try:
        data = orjson.loads(Path(path).read_bytes())
    except FileNotFoundError:
        raise UsageError(f"--baseline {path}: no such file") from None
    except OSError as exc:
        raise UsageError(f"--baseline {path}: cannot read: {exc.strerror or exc}") from None
    except orjson.JSONDecodeError as exc:
        raise UsageError(f"--baseline {path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise UsageError(
            f"--baseline {path}: not a lostwrite baseline (expected the object printed by "
            "`lostwrite scan --format json`)"
        )
    entries = []
    for index, item in enumerate(data["findings"]):
        if not isinstance(item, dict) or any(k not in item for k in REQUIRED):
            raise UsageError(f"--baseline {path}: finding #{index + 1} lacks {', '.join(REQUIRED)}")
        entries.append(
            BaselineEntry(
                key=(
                    str(item["code"]),
                    Path(str(item["path"])).as_posix(),
                    str(item.get("context", "")),
                    " ".join(str(item.get("snippet", "")).split()),
                ),
                line=int(item["line"]),
                column=int(item.get("column", 1)),
                message=str(item["message"]),
            )
        )
    return entries


def apply_baseline(
    report: ScanReport, entries: list[BaselineEntry]
) -> tuple[ScanReport, list[BaselineEntry]]:
    """Drop baselined findings from ``report``; also return the baseline entries now gone."""
    available = Counter(entry.key for entry in entries)
    for result in report.results:
        kept = []
        for finding in result.findings:
            key = finding_key(result.path, finding)
            if available[key] > 0:
                available[key] -= 1
            else:
                kept.append(finding)
        result.findings = kept
    gone: list[BaselineEntry] = []
    for entry in entries:
        if available[entry.key] > 0:
            available[entry.key] -= 1
            gone.append(entry)
    return report, gone


def run_write(args: argparse.Namespace) -> int:
    """``lostwrite baseline write FILE [PATH...]``."""
    from lostwrite.guard import atomic_write_bytes
    from lostwrite.scan.command import scan_from_args
    from lostwrite.scan.reporters.json_report import as_object

    report, _, catalog = scan_from_args(args)
    document: dict[str, Any] = as_object(report, catalog)
    atomic_write_bytes(args.file, orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n")
    count = len(document["findings"])
    print(f"Wrote {count} finding{'s' if count != 1 else ''} to {args.file}.")
    return 2 if report.errors() else 0
