"""``lostwrite scan``: resolve settings, run the engine, print the report, pick the exit code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lostwrite.catalog import Catalog, load_catalog
from lostwrite.errors import UsageError
from lostwrite.scan.baseline import apply_baseline, load_baseline
from lostwrite.scan.config import Settings, load_settings
from lostwrite.scan.engine import ScanReport, run_scan
from lostwrite.scan.reporters import get_reporter


def settings_from_args(args: argparse.Namespace) -> tuple[Settings, Catalog]:
    """Settings for ``scan``-like commands (scan, audit, baseline write)."""
    extra = tuple(Path(d) for d in args.catalog)
    catalog = load_catalog(extra)
    only = catalog.resolve(args.pattern).code if args.pattern else None
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    settings = load_settings(
        paths=args.paths or ["."],
        known_codes={p.code for p in catalog},
        select=args.select,
        ignore=args.ignore,
        only=only,
        config=args.config,
        regex_signatures=args.regex_signatures,
        extra_catalogs=extra,
    )
    return settings, catalog


def scan_from_args(args: argparse.Namespace) -> tuple[ScanReport, Settings, Catalog]:
    settings, catalog = settings_from_args(args)
    report = run_scan(args.paths or ["."], settings, jobs=args.jobs, use_cache=not args.no_cache)
    return report, settings, catalog


def exit_code(report: ScanReport, exit_zero: bool = False) -> int:
    """2 if a path could not be scanned, else 1 for findings (unless ``--exit-zero``), else 0."""
    if report.errors():
        return 2
    if report.findings() and not exit_zero:
        return 1
    return 0


def run(args: argparse.Namespace) -> int:
    if sum(bool(x) for x in (args.fix, args.diff, args.add_noqa)) > 1:
        raise UsageError("--fix, --diff and --add-noqa are exclusive")
    baseline = load_baseline(args.baseline) if args.baseline else None
    report, settings, catalog = scan_from_args(args)
    if baseline is not None:
        report, _ = apply_baseline(report, baseline)
    if args.report:
        _post_counts(args, report)
    if args.add_noqa:
        return _add_noqa(args, report, catalog)
    if args.diff or args.fix:
        return _heal(args, report, settings, catalog)
    sys.stdout.write(get_reporter(args.output_format)(report, catalog))
    return exit_code(report, args.exit_zero)


def _add_noqa(args: argparse.Namespace, report: ScanReport, catalog: Catalog) -> int:
    from lostwrite.scan import add_noqa

    changed, files, warnings = add_noqa.run(report)
    for warning in warnings:
        print(f"lostwrite: {warning}", file=sys.stderr)
    print(
        f"Added noqa to {changed} line{'s' if changed != 1 else ''} in {files} "
        f"file{'s' if files != 1 else ''}."
    )
    return 2 if report.errors() else 0


def _post_counts(args: argparse.Namespace, report: ScanReport) -> None:
    """``--report URL``: post anonymous per-pattern counts (never code or paths)."""
    from collections import Counter

    from lostwrite.serve.report_client import post_scan_counts

    counts = Counter(finding.code for _, finding in report.findings())
    post_scan_counts(args.report, dict(counts), None)  # the token comes from LOSTWRITE_TOKEN


def _heal(
    args: argparse.Namespace, report: ScanReport, settings: Settings, catalog: Catalog
) -> int:
    """``--diff``: print the fixes as a unified diff; ``--fix``: write them, then report what is left."""
    from lostwrite.fix.apply import plan, write

    plans, warnings = plan(report, settings.options)
    if args.diff:
        for file_plan in plans:
            sys.stdout.write(file_plan.diff())
        for warning in warnings:
            print(f"lostwrite: {warning}", file=sys.stderr)
        count = sum(p.count for p in plans)
        print(
            f"Would fix {count} finding{'s' if count != 1 else ''} in {len(plans)} file"
            f"{'s' if len(plans) != 1 else ''} (run with --fix to apply).",
            file=sys.stderr,
        )
        return 1 if plans and not args.exit_zero else exit_code(report, True)
    applied, write_warnings = write(plans)
    for warning in warnings + write_warnings:
        print(f"lostwrite: {warning}", file=sys.stderr)
    remaining, _, _ = scan_from_args(args)
    sys.stdout.write(get_reporter(args.output_format)(remaining, catalog))
    print(f"Fixed {applied} finding{'s' if applied != 1 else ''}.", file=sys.stderr)
    return exit_code(remaining, args.exit_zero)
