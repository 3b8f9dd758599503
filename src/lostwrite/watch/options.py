"""Turning the ``watch`` command line into a :class:`Selection` and checked settings."""

from __future__ import annotations

import argparse
import math
import os
from pathlib import Path

from lostwrite.catalog import load_catalog
from lostwrite.errors import UsageError
from lostwrite.predicate import Predicate
from lostwrite.watch.loop import Selection
from lostwrite.watch.matcher import Prefilter, compile_matcher


def build_predicate(args: argparse.Namespace) -> tuple[str, Predicate]:
    """The label and predicate from ``--pattern`` and/or ``--when/--missing/--null/...``.

    Both together means both must hold: the pattern's conditions and the ad-hoc ones.
    """
    adhoc_given = any((args.when, args.missing, args.null, args.missing_or_null))
    parts: list[Predicate] = []
    label = "ad-hoc"
    if args.pattern:
        pattern = load_catalog(tuple(Path(d) for d in args.catalog)).resolve(args.pattern)
        if pattern.runtime is None:
            raise UsageError(
                f"{pattern.code} has no runtime predicate to watch for; "
                "describe the rows with --when/--missing/--null/--missing-or-null"
            )
        parts.append(pattern.runtime)
        label = pattern.code
    if adhoc_given or not parts:
        parts.append(Predicate.from_cli(args.when, args.missing, args.null, args.missing_or_null))
    predicate = Predicate(
        when=tuple(c for p in parts for c in p.when),
        missing=tuple(c for p in parts for c in p.missing),
        null=tuple(c for p in parts for c in p.null),
        missing_or_null=tuple(c for p in parts for c in p.missing_or_null),
        label=label,
    )
    return label, predicate


def build_selection(args: argparse.Namespace) -> Selection:
    """Everything the loop needs to recognise a matching row."""
    label, predicate = build_predicate(args)
    return Selection(
        label=label,
        description=predicate.describe(),
        fields=predicate.fields(),
        prefilter=Prefilter.for_predicate(predicate),
        match=compile_matcher(predicate),
    )


def check_settings(args: argparse.Namespace) -> list[str]:
    """Validate ``--interval`` and the paths; returns the log paths without duplicates."""
    if not math.isfinite(args.interval) or args.interval <= 0:
        raise UsageError(f"--interval must be a positive number of seconds, got {args.interval}")
    logs: dict[str, str] = {}
    for log in args.logs:
        if os.path.isdir(log):
            raise UsageError(f"{log} is a directory; give the log files to watch")
        logs.setdefault(os.path.abspath(log), log)
    for name, value in (("--state", args.state), ("--signals", args.signals)):
        if os.path.isdir(value):
            raise UsageError(f"{name} {value} is a directory; give a file name")
        if os.path.abspath(value) in logs:
            raise UsageError(f"{name} {value} is also a watched log")
    return list(logs.values())
