"""``lostwrite watch``: tail append-only JSONL logs and signal the rows that match a pattern.

The modules, from the bytes up: :mod:`.identity` (which file is which), :mod:`.cursor`
(reading complete lines from an offset), :mod:`.matcher` and :mod:`.scanner` (finding
matching and malformed rows fast), :mod:`.follower` (rotation, truncation, restarts),
:mod:`.sink` (the signals file and stderr), :mod:`.state` (the atomic state file),
:mod:`.report` (messages and totals), :mod:`.loop` (the watch loop) and :mod:`.options`
(the command line). See ``docs/watch.md``.
"""

from __future__ import annotations

import argparse
import sys

from lostwrite.errors import UsageError
from lostwrite.watch.follower import Follower
from lostwrite.watch.loop import Watcher
from lostwrite.watch.options import build_selection, check_settings
from lostwrite.watch.report import Reporter
from lostwrite.watch.sink import SignalSink
from lostwrite.watch.state import StateStore


def run(args: argparse.Namespace) -> int:
    """Run ``lostwrite watch``.

    Exit codes: 0 when done (or stopped by SIGINT/SIGTERM); with ``--once``, 1 if rows were
    signalled and 2 if a log could not be read; 2 for bad usage or a state that could not be
    saved. (A long-running watcher reports read errors as they happen and keeps trying.)
    """
    logs = check_settings(args)
    selection = build_selection(args)
    reporter = Reporter(sys.stderr)
    followers = [Follower(log, reporter) for log in logs]
    sink = SignalSink(args.signals, sys.stderr)
    watcher = Watcher(
        followers,
        selection,
        sink,
        StateStore(args.state),
        reporter,
        once=args.once,
        interval=args.interval,
    )
    try:
        watcher.run()
    except OSError as exc:
        raise UsageError(f"{exc.filename or 'watch'}: {exc.strerror}") from None
    reporter.summary(len(followers))
    if watcher.save_failed or (args.once and reporter.stats.read_errors):
        return 2
    return 1 if args.once and reporter.stats.matches else 0
