"""File-level precision/recall of the lostwrite detectors on the held-out quality corpus.

The corpus lives next to this script, one subdirectory per language (``python/``, ``js/``).
Every case is one file named ``pos_LW###_<what>.<ext>`` (contains that pattern's bug at least
once) or ``neg_LW###_<what>.<ext>`` (a correct look-alike or the fixed form: must not be
reported for that pattern). The script runs ``lostwrite scan DIR --format json --no-cache
--exit-zero`` once and, per pattern, counts:

- TP: a positive file with at least one finding of its code;
- FN: a positive file without one;
- FP: a negative file with a finding of its code;
- TN: a negative file without one.

Findings of other codes in a file are information only (patterns overlap: a fire-and-forget
write in a route is often LW001 and LW005 at once); they are counted and listed, never scored.

Usage::

    .venv/bin/python benchmarks/quality/evaluate.py python
    .venv/bin/python benchmarks/quality/evaluate.py js --fail-under 0.9
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from lostwrite.scan.discovery import language_of

HERE = Path(__file__).resolve().parent
CASE_NAME = re.compile(r"^(?P<kind>pos|neg)_(?P<code>LW\d{3})_.+")


@dataclass
class Case:
    """One corpus file: its expected pattern, polarity and the findings reported in it."""

    path: Path
    code: str
    positive: bool
    findings: list[dict] = field(default_factory=list)

    def own(self) -> list[dict]:
        """Findings of the pattern this case is about."""
        return [f for f in self.findings if f["code"] == self.code]

    def other(self) -> list[dict]:
        """Findings of any other pattern (information only)."""
        return [f for f in self.findings if f["code"] != self.code]

    @property
    def detected(self) -> bool:
        return bool(self.own())

    @property
    def correct(self) -> bool:
        return self.detected == self.positive


@dataclass
class Score:
    """Confusion counts of one pattern."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, case: Case) -> None:
        if case.positive:
            self.tp += case.detected
            self.fn += not case.detected
        else:
            self.fp += case.detected
            self.tn += not case.detected

    def merge(self, other: Score) -> None:
        self.tp += other.tp
        self.fn += other.fn
        self.fp += other.fp
        self.tn += other.tn

    @property
    def precision(self) -> float | None:
        flagged = self.tp + self.fp
        return self.tp / flagged if flagged else None

    @property
    def recall(self) -> float | None:
        positives = self.tp + self.fn
        return self.tp / positives if positives else None


def collect_cases(corpus: Path) -> tuple[list[Case], list[Path]]:
    """The corpus files named pos_/neg_LW###_*, and the files that do not follow the scheme."""
    cases: list[Case] = []
    stray: list[Path] = []
    for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
        if language_of(path.name) is None:
            continue  # __pycache__/*.pyc, READMEs: not cases
        match = CASE_NAME.match(path.name)
        if match is None:
            stray.append(path)
            continue
        cases.append(Case(path, match["code"], match["kind"] == "pos"))
    return cases, stray


def run_scan(corpus: Path) -> dict:
    """One `lostwrite scan` over the whole corpus directory, parsed from its JSON output."""
    cmd = [sys.executable, "-m", "lostwrite", "scan", str(corpus)]
    cmd += ["--format", "json", "--no-cache", "--exit-zero"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 2):
        sys.exit(f"evaluate: lostwrite scan exited {proc.returncode}:\n{proc.stderr}")
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError:
        sys.exit(f"evaluate: lostwrite scan printed no JSON:\n{proc.stderr}\n{proc.stdout[:2000]}")


def attach_findings(cases: list[Case], report: dict) -> list[dict]:
    """Give every case its findings; return the findings in files outside the scheme."""
    by_path = {case.path.resolve(): case for case in cases}
    unmatched: list[dict] = []
    for finding in report["findings"]:
        case = by_path.get(Path(finding["path"]).resolve())
        if case is None:
            unmatched.append(finding)
        else:
            case.findings.append(finding)
    for case in cases:
        case.findings.sort(key=lambda f: (f["line"], f["column"], f["code"]))
    return unmatched


def fmt_ratio(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def print_table(scores: dict[str, Score]) -> Score:
    """The per-pattern table; returns the micro-averaged total."""
    total = Score()
    header = f"{'pattern':<8} {'pos':>4} {'neg':>4} {'TP':>4} {'FN':>4} {'FP':>4} {'TN':>4}"
    print(f"{header}  {'precision':>9} {'recall':>6}")
    for code in sorted(scores):
        s = scores[code]
        total.merge(s)
        print(
            f"{code:<8} {s.tp + s.fn:>4} {s.fp + s.tn:>4} {s.tp:>4} {s.fn:>4} {s.fp:>4} {s.tn:>4}"
            f"  {fmt_ratio(s.precision):>9} {fmt_ratio(s.recall):>6}"
        )
    print(
        f"{'all':<8} {total.tp + total.fn:>4} {total.fp + total.tn:>4} {total.tp:>4}"
        f" {total.fn:>4} {total.fp:>4} {total.tn:>4}"
        f"  {fmt_ratio(total.precision):>9} {fmt_ratio(total.recall):>6}"
    )
    return total


def describe(finding: dict) -> str:
    return f"{finding['code']} line {finding['line']}: {finding['message']}"


def print_misses(cases: list[Case], corpus: Path) -> None:
    """Every misclassified file with what the scan said about it."""
    misses = [case for case in cases if not case.correct]
    print(f"\nmisclassified files: {len(misses)}")
    for case in misses:
        label = "FN" if case.positive else "FP"
        print(f"  {label} {case.path.relative_to(corpus)}")
        for finding in case.own():
            print(f"      {describe(finding)}")
        for finding in case.other():
            print(f"      (other) {describe(finding)}")
        if case.positive and not case.findings:
            print("      (no findings at all)")


def print_other_codes(cases: list[Case], corpus: Path, verbose: bool) -> None:
    """How often each pattern's files also drew findings of other codes (information only)."""
    grid: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for case in cases:
        kind = "pos" if case.positive else "neg"
        for code in {f["code"] for f in case.other()}:
            grid[(case.code, kind)][code] += 1
    print("\nother codes reported (files per code; information only, not scored):")
    if not grid:
        print("  none")
    for (code, kind), counter in sorted(grid.items()):
        listed = ", ".join(f"{other} x{n}" for other, n in sorted(counter.items()))
        print(f"  {kind}_{code}: {listed}")
    if verbose:
        for case in cases:
            if case.correct and case.other():
                print(f"  {case.path.relative_to(corpus)}")
                for finding in case.other():
                    print(f"      {describe(finding)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="subdirectory of benchmarks/quality (python, js) or a path")
    parser.add_argument(
        "--fail-under",
        type=float,
        metavar="RATIO",
        help="exit 1 if any pattern's precision or recall is below RATIO",
    )
    parser.add_argument(
        "--show-other",
        action="store_true",
        help="also list the other-code findings of correctly classified files",
    )
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        corpus = HERE / args.corpus
    if not corpus.is_dir():
        parser.error(f"no corpus directory {args.corpus!r} (looked in . and {HERE})")
    corpus = corpus.resolve()

    cases, stray = collect_cases(corpus)
    if not cases:
        parser.error(f"{corpus} has no pos_LW###_*/neg_LW###_* files")
    report = run_scan(corpus)
    unmatched = attach_findings(cases, report)

    scores: dict[str, Score] = defaultdict(Score)
    for case in cases:
        scores[case.code].add(case)

    print(f"corpus: {corpus} ({len(cases)} cases, {report.get('files_scanned', '?')} scanned)\n")
    print_table(scores)
    print_misses(cases, corpus)
    print_other_codes(cases, corpus, args.show_other)
    for error in report.get("errors", []):
        print(f"\nscan error: {error['path']}: {error['message']}")
    for path in stray:
        print(f"\nignored (name is not pos_/neg_LW###_*): {path.relative_to(corpus)}")
    for finding in unmatched:
        print(f"\nfinding outside the cases: {finding['path']}: {describe(finding)}")

    if args.fail_under is not None:
        below = [
            code
            for code, s in scores.items()
            if any(v is not None and v < args.fail_under for v in (s.precision, s.recall))
        ]
        if below:
            print(f"\nbelow {args.fail_under}: {', '.join(sorted(below))}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
