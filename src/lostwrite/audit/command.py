"""``lostwrite audit``: scan, build the audit table from the sites the detectors recorded, and
write it as Markdown, JSON or a self-contained HTML page."""

from __future__ import annotations

import argparse
import sys

from lostwrite.audit.model import build_audit
from lostwrite.scan.baseline import apply_baseline, load_baseline
from lostwrite.scan.command import scan_from_args


def run(args: argparse.Namespace) -> int:
    baseline = load_baseline(args.baseline) if args.baseline else None
    report, _, catalog = scan_from_args(args)
    gone = apply_baseline(report, baseline)[1] if baseline is not None else []
    audit = build_audit(report, catalog, gone)
    if args.output_format == "json":
        from lostwrite.audit.json_report import render
    elif args.output_format == "html":
        from lostwrite.audit.html_report import render
    else:
        from lostwrite.audit.markdown import render
    text = render(audit)
    if args.output:
        from lostwrite.guard import atomic_write_text

        atomic_write_text(args.output, text)
        at_risk = sum(1 for r in audit.rows if r.status == "at risk")
        print(
            f"Wrote the audit of {len(audit.rows)} write sites ({at_risk} at risk) to {args.output}."
        )
    else:
        sys.stdout.write(text)
    return 2 if report.errors() else 0
