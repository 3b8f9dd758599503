"""Command-line parsing for ``lostwrite``: builds the parser and dispatches to the modules.

Nothing here does real work. Each sub-command names a ``module:function`` that receives the
parsed arguments and returns the exit code; the module is imported only when its command runs,
so ``lostwrite scan`` never pays for FastAPI, psycopg or libcst.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from lostwrite import __version__
from lostwrite.errors import UsageError


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        command = self.prog.removeprefix("lostwrite").strip()
        raise UsageError(f"{command}: {message}" if command else message)


def _csv(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def _add_catalog_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--catalog",
        action="append",
        default=[],
        metavar="DIR",
        help="an extra directory of pattern files (repeatable)",
    )


def _add_predicate_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("runtime predicate (instead of or on top of --pattern)")
    group.add_argument("--pattern", help="use the runtime predicate of this pattern, e.g. LW045")
    group.add_argument(
        "--when", action="append", default=[], metavar="FIELD=JSON", help="field equals a value"
    )
    group.add_argument("--missing", action="append", default=[], metavar="FIELD")
    group.add_argument("--null", action="append", default=[], metavar="FIELD")
    group.add_argument(
        "--missing-or-null", dest="missing_or_null", action="append", default=[], metavar="FIELD"
    )


def _scan_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or directories (default .)")
    parser.add_argument("--select", type=_csv, help="only these codes, e.g. LW001,LW045")
    parser.add_argument("--ignore", type=_csv, help="skip these codes")
    parser.add_argument("--pattern", help="only this pattern (any alias: 045, LW045, slug)")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    parser.add_argument("--jobs", type=int, help="worker processes (default: all cores)")
    parser.add_argument("--config", metavar="FILE", help="pyproject.toml to read instead")
    parser.add_argument(
        "--regex-signatures",
        action="store_true",
        help="also run the catalog's regex signatures (low confidence)",
    )
    _add_catalog_option(parser)


def build_parser() -> argparse.ArgumentParser:
    """The full ``lostwrite`` argument parser."""
    parser = _Parser(
        prog="lostwrite",
        description="Find, watch for, recover from and heal lost writes.",
    )
    parser.add_argument("--version", action="version", version=f"lostwrite {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    scan = sub.add_parser("scan", help="find lost-write patterns in source code")
    _scan_arguments(scan)
    scan.add_argument(
        "--format",
        choices=["text", "json", "sarif", "github"],
        default="text",
        dest="output_format",
    )
    scan.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    scan.add_argument("--fix", action="store_true", help="apply the safe fixes in place")
    scan.add_argument(
        "--diff", action="store_true", help="print the fixes as a diff, write nothing"
    )
    scan.add_argument("--baseline", metavar="FILE", help="report only findings not in FILE")
    scan.add_argument("--add-noqa", action="store_true", help="add noqa comments to every finding")
    scan.add_argument("--report", metavar="URL", help="post anonymous per-pattern counts to URL")
    scan.set_defaults(handler="lostwrite.scan.command:run")

    patterns = sub.add_parser("patterns", help="list the pattern catalog")
    patterns.add_argument(
        "--format", choices=["text", "json"], default="text", dest="output_format"
    )
    patterns.add_argument("--severity-min", type=int, metavar="N")
    patterns.add_argument("--family", metavar="F")
    _add_catalog_option(patterns)
    patterns.set_defaults(handler="lostwrite.catalog.commands:run_patterns")

    explain = sub.add_parser("explain", help="show the documentation of one pattern")
    explain.add_argument("code", help="LW045, 045, ALEF-PAT-045 or the slug")
    _add_catalog_option(explain)
    explain.set_defaults(handler="lostwrite.catalog.commands:run_explain")

    catalog = sub.add_parser("catalog", help="manage pattern files")
    catalog_sub = catalog.add_subparsers(
        dest="catalog_command", metavar="ACTION", parser_class=_Parser
    )
    catalog_sub.required = True
    imp = catalog_sub.add_parser("import", help="convert an ALEF-style pattern JSON")
    imp.add_argument("file", metavar="FILE.json")
    imp.add_argument("--output", "-o", metavar="PATH", help="where to write (default: stdout)")
    imp.add_argument("--force", action="store_true", help="replace an existing output file")
    imp.set_defaults(handler="lostwrite.catalog.importer:run")

    watch = sub.add_parser("watch", help="tail JSONL logs and signal rows that match a pattern")
    watch.add_argument("logs", nargs="+", metavar="LOG")
    _add_predicate_options(watch)
    watch.add_argument("--once", action="store_true", help="process what is there and exit")
    watch.add_argument("--interval", type=float, default=1.0, metavar="S")
    watch.add_argument("--state", default=".lostwrite/watch-state.json", metavar="FILE")
    watch.add_argument("--signals", default="anomaly_signal.jsonl", metavar="FILE")
    _add_catalog_option(watch)
    watch.set_defaults(handler="lostwrite.watch:run")

    recover = sub.add_parser("recover", help="find and repair records damaged by a lost write")
    recover.add_argument(
        "source", metavar="SOURCE", help="a JSONL file, sqlite:///… or postgresql://…"
    )
    _add_predicate_options(recover)
    recover.add_argument("--enrich", required=True, metavar="MODULE:FUNCTION")
    recover.add_argument("--since", metavar="T")
    recover.add_argument("--until", metavar="T")
    recover.add_argument("--time-field", default="ts", metavar="F")
    recover.add_argument("--key", default="id", metavar="F")
    recover.add_argument(
        "--batch", default="auto", metavar="N", help="records per batch (default: auto, ~0.3 s)"
    )
    recover.add_argument(
        "--apply", action="store_true", help="write the changes (default: dry run)"
    )
    recover.add_argument("--rewrite", action="store_true", help="JSONL: swap in a rewritten file")
    recover.add_argument("--checkpoint", metavar="FILE")
    recover.add_argument("--report-file", metavar="FILE")
    recover.add_argument(
        "--mark", default="_lostwrite_recovered", metavar="FIELD", help="the recovery marker field"
    )
    recover.add_argument("--no-mark", action="store_true", help="do not mark recovered records")
    recover.add_argument(
        "--concurrency", type=int, default=8, metavar="N", help="async enrichments"
    )
    recover.add_argument("--sample", type=int, default=5, metavar="N", help="dry-run examples")
    _add_catalog_option(recover)
    recover.set_defaults(handler="lostwrite.recover.command:run")

    serve = sub.add_parser("serve", help="serve the pattern registry (needs lostwrite[serve])")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8045)
    serve.add_argument("--db", default="sqlite:///.lostwrite/registry.db", metavar="URL")
    serve.add_argument("--token-file", metavar="FILE")
    serve.add_argument(
        "--rate-limit", type=int, default=120, metavar="N",
        help="counter events accepted per minute per source (default 120)",
    )  # fmt: skip
    _add_catalog_option(serve)
    serve.set_defaults(handler="lostwrite.serve.command:run")

    audit = sub.add_parser("audit", help="account for every background or deferred write site")
    _scan_arguments(audit)
    audit.add_argument(
        "--format", choices=["markdown", "json", "html"], default="markdown", dest="output_format"
    )
    audit.add_argument("--baseline", metavar="FILE")
    audit.add_argument("--output", "-o", metavar="FILE")
    audit.set_defaults(handler="lostwrite.audit.command:run")

    baseline = sub.add_parser("baseline", help="manage finding baselines")
    baseline_sub = baseline.add_subparsers(
        dest="baseline_command", metavar="ACTION", parser_class=_Parser
    )
    baseline_sub.required = True
    write = baseline_sub.add_parser("write", help="record the current findings as the baseline")
    write.add_argument("file", metavar="FILE")
    _scan_arguments(write)
    write.set_defaults(handler="lostwrite.scan.baseline:run_write")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the chosen command; returns the process exit code."""
    try:
        args = build_parser().parse_args(argv)
        module_name, _, func_name = args.handler.partition(":")
        handler = getattr(importlib.import_module(module_name), func_name)
        return int(handler(args))
    except UsageError as exc:
        print(f"lostwrite: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("lostwrite: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. `| head`); nothing more to say
        return 1
    except Exception as exc:  # a bug: one line for users, the traceback on request
        if os.environ.get("LOSTWRITE_DEBUG"):
            raise
        print(
            f"lostwrite: internal error: {type(exc).__name__}: {exc} "
            "(set LOSTWRITE_DEBUG=1 for the traceback, and please report it)",
            file=sys.stderr,
        )
        return 3
