"""``lostwrite recover``: argument handling, output and exit codes.

Exit codes: 0 done (or dry run), 1 some records failed enrichment (or a ``--rewrite`` was not
swapped), 2 bad input or the source failed (nothing written for bad input; after a mid-run
failure, rerunning the same command resumes from the checkpoint).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from lostwrite import __version__
from lostwrite.catalog import load_catalog
from lostwrite.errors import UsageError
from lostwrite.predicate import Predicate
from lostwrite.recover import jsontext
from lostwrite.recover.batching import BatchSizer
from lostwrite.recover.checkpoint import Checkpoint, default_paths
from lostwrite.recover.engine import Recovery, Sample, utc_now
from lostwrite.recover.enrich import Enricher, load_enrichment
from lostwrite.recover.plan import Marker
from lostwrite.recover.report import Report
from lostwrite.recover.sources import open_source
from lostwrite.recover.sources.base import Selection, Source, SourceFailure
from lostwrite.recover.sources.jsonl import RewriteRefused
from lostwrite.recover.window import Window


def _predicate(args: argparse.Namespace) -> tuple[Predicate, str | None]:
    """The pattern's runtime predicate, narrowed by any --when/--missing/--null options."""
    extra = any((args.when, args.missing, args.null, args.missing_or_null))
    if not args.pattern:
        return Predicate.from_cli(args.when, args.missing, args.null, args.missing_or_null), None
    pattern = load_catalog(tuple(Path(d) for d in args.catalog)).resolve(args.pattern)
    base = pattern.runtime
    if base is None and not extra:
        raise UsageError(
            f"{pattern.code} has no runtime predicate; select records with --when/--missing/--null"
        )
    if not extra:
        assert base is not None
        return base, pattern.code
    more = Predicate.from_cli(args.when, args.missing, args.null, args.missing_or_null)
    base = base or Predicate()
    combined = Predicate(
        when=base.when + more.when,
        missing=base.missing + more.missing,
        null=base.null + more.null,
        missing_or_null=base.missing_or_null + more.missing_or_null,
        label=pattern.code,
    )
    return combined, pattern.code


def _check_numbers(args: argparse.Namespace) -> None:
    if args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    if args.sample < 0:
        raise UsageError("--sample must not be negative")


def _describe_outcome(sample: Sample) -> str:
    outcome = sample.outcome
    if outcome.kind == "set":
        shown = ", ".join(f"{k}={jsontext.dumps(v).decode()}" for k, v in outcome.fields.items())
        if len(shown) > 160:
            shown = shown[:157] + "..."
        return shown + (f"  (kept present: {', '.join(outcome.kept)})" if outcome.kept else "")
    if outcome.kind == "failed":
        return outcome.reason
    return f"{outcome.kind}: {outcome.reason}"


def _header(source: Source, predicate: Predicate, code: str | None, selection: Selection) -> str:
    window = selection.window
    where = f"{window.describe()} on {selection.time_field}" if window.bounded else "all time"
    label = f"{code}: " if code else ""
    return (
        f"  source:    {source.label}\n"
        f"  predicate: {label}{predicate.describe()}\n"
        f"  window:    {where}\n"
        f"  key:       {selection.key}"
    )


def _dry_run(recovery: Recovery, args: argparse.Namespace, header: str) -> int:
    try:
        samples = recovery.dry_run(args.sample)
    except SourceFailure as exc:
        print(f"lostwrite: error: recover stopped: {exc}", file=recovery.err)
        return 2
    counts = recovery.counts
    print("recover: dry run, nothing written")
    print(header)
    print(f"  damaged:   {counts['damaged']} record(s) would be enriched")
    if samples:
        print(f"  sample ({len(samples)} of {counts['damaged']}):")
        for sample in samples:
            key = recovery.source.report_key(sample.key)
            print(f"    {args.key}={jsontext.dumps(key).decode()}: {_describe_outcome(sample)}")
    if counts["damaged"]:
        print("run again with --apply to write these changes")
    return 1 if counts["failed"] else 0


def _identity(
    source: Source, predicate: Predicate, code: str | None, selection: Selection, marker: str | None
) -> dict[str, Any]:
    identity = {
        "source": source.identity(),
        "pattern": code,
        "predicate": predicate.describe(),
        "window": selection.window.to_dict(),
        "key": selection.key,
        "time_field": selection.time_field,
        "mark": marker,
    }
    return jsontext.loads(jsontext.dumps(identity))  # normalise to its JSON form


def _apply(recovery: Recovery, args: argparse.Namespace, identity: dict[str, Any]) -> int:
    default_checkpoint, default_report = default_paths(identity)
    checkpoint_path = Path(args.checkpoint) if args.checkpoint else default_checkpoint
    checkpoint, resumed = Checkpoint.open(checkpoint_path, identity, default_report)
    if args.report_file:
        checkpoint.report_path = args.report_file
    report = Report(Path(checkpoint.report_path))
    err = recovery.err
    if resumed:
        print(
            f"recover: resuming run {checkpoint.run_id} after {checkpoint.batches} batch(es) "
            f"(checkpoint {checkpoint_path})",
            file=err,
        )
    base = {"run": checkpoint.run_id, "at": utc_now(), "version": __version__}
    report.write([{"event": "start", **base, "resumed": resumed, "identity": identity}])
    status = 0
    try:
        recovery.apply(checkpoint, report)
        messages = recovery.source.finish()
    except RewriteRefused as exc:
        messages, status = [], 1
        print(f"lostwrite: recover: {exc}", file=err)
    except SourceFailure as exc:
        print(
            f"lostwrite: error: recover stopped: {exc}; {checkpoint.batches} batch(es) committed; "
            f"rerun the same command to resume (checkpoint {checkpoint_path})",
            file=err,
        )
        report.close()
        return 2
    except KeyboardInterrupt:
        print(
            f"lostwrite: recover: interrupted after {checkpoint.batches} committed batch(es); "
            f"rerun the same command to resume (checkpoint {checkpoint_path})",
            file=err,
        )
        report.close()
        raise
    counts = recovery.counts
    timing = {**recovery.timing, "batch_size": recovery.sizer.describe()}
    report.write([{"event": "end", **base, "at": utc_now(), "counts": counts, "timing": timing}])
    report.close()
    checkpoint.remove()
    print(
        f"recover: {counts['recovered']} record(s) recovered ({counts['fields']} field(s) set), "
        f"{counts['skipped']} skipped, {counts['unchanged']} unchanged, "
        f"{counts['failed']} failed, of {counts['damaged']} damaged"
    )
    if timing["batches"]:
        print(
            f"recover: {int(timing['batches'])} batch(es), size {recovery.sizer.describe()}; slowest "
            f"{timing['slowest_batch_s']:.3f} s, longest write transaction "
            f"{timing['longest_commit_s']:.3f} s"
        )
    for line in messages:
        print(f"recover: {line}")
    print(f"recover: report: {checkpoint.report_path}")
    return 1 if counts["failed"] or status else 0


def run(args: argparse.Namespace) -> int:
    """Handler of ``lostwrite recover``."""
    predicate, code = _predicate(args)
    window = Window.from_cli(args.since, args.until)
    _check_numbers(args)
    sizer = BatchSizer.parse(args.batch)
    selection = Selection(predicate, window, args.key, args.time_field)
    function = load_enrichment(args.enrich)
    marker = None if args.no_mark else Marker(args.mark, code, __version__)
    source = open_source(args.source, selection, writable=args.apply, rewrite=args.rewrite)
    enricher = Enricher(function, args.concurrency)
    try:
        if marker is not None:
            if not marker.field:
                raise UsageError("--mark needs a field name (or use --no-mark)")
            try:
                source.validate_field(marker.field)
            except ValueError as exc:
                raise UsageError(f"--mark: {exc}") from None
        recovery = Recovery(source, selection, enricher, marker, sizer, sys.stderr)
        header = _header(source, predicate, code, selection)
        if not args.apply:
            return _dry_run(recovery, args, header)
        print("recover: applying")
        print(header, flush=True)
        identity = _identity(source, predicate, code, selection, marker and marker.field)
        return _apply(recovery, args, identity)
    finally:
        enricher.close()
        source.close()
