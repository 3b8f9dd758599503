"""Time ``lostwrite scan`` against its peers, side by side on the same corpus in one run.

``python benchmarks/scan_bench.py [--runs 3]``: Python, on a copy of CPython's standard library,
against Ruff (``--select RUF006,ASYNC,BLE,S110``). Prints wall times, the ratios to Ruff, the
engine overhead with no detector selected, and the split of a single-core analysis into parse /
semantic walk / each detector.

``python benchmarks/scan_bench.py --js [--runs 3] [--peers DIR]``: JavaScript, on npm's own
sources (``/usr/lib/node_modules/npm``, the files ``lostwrite scan`` covers), against type-aware
ESLint with ``@typescript-eslint/no-floating-promises`` and a generic Semgrep rule. The peers are
installed on first use into ``--peers`` (default ``/tmp/lw-peers``): ESLint and typescript-eslint
from the npm registry, Semgrep from PyPI into a virtualenv of its own.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

from lostwrite.detectors import wanted_detectors
from lostwrite.detectors.python import DETECTORS
from lostwrite.detectors.python.context import PythonContext
from lostwrite.scan.analyze import decode
from lostwrite.scan.config import AnalysisOptions, Settings
from lostwrite.scan.engine import run_scan

RUFF_RULES = "RUF006,ASYNC,BLE,S110"


def copy_stdlib(dest: Path) -> Path:
    target = dest / "stdlib"
    if not target.exists():
        source = Path(sysconfig.get_paths()["stdlib"])
        shutil.copytree(
            source, target, ignore=shutil.ignore_patterns("site-packages", "__pycache__")
        )
    return target


def timed(cmd: list[str], cwd: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def split(corpus: Path) -> dict[str, float]:
    """Single-process time spent parsing, building the semantic model, and in each detector."""
    options = AnalysisOptions(codes=frozenset(d.code for d in DETECTORS))
    totals = {"read+prefilter": 0.0, "parse": 0.0, "semantic walk": 0.0}
    totals.update({d.code: 0.0 for d in DETECTORS})
    parsed = 0
    for path in corpus.rglob("*.py"):
        t0 = time.perf_counter()
        data = path.read_bytes()
        wanted = wanted_detectors(DETECTORS, data)
        totals["read+prefilter"] += time.perf_counter() - t0
        if not wanted:
            continue
        try:
            t0 = time.perf_counter()
            tree = ast.parse(decode(data))
            totals["parse"] += time.perf_counter() - t0
        except Exception:
            continue
        parsed += 1
        ctx = PythonContext(str(path), data.decode("utf-8", "replace"), tree, options)
        t0 = time.perf_counter()
        _ = ctx.model
        totals["semantic walk"] += time.perf_counter() - t0
        for detector in wanted:
            t0 = time.perf_counter()
            detector.check(ctx)
            totals[detector.code] += time.perf_counter() - t0
        ctx.release()  # as the scan does: free the tree now, not at the next full collection
    totals["files parsed"] = parsed
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "lostwrite-bench"
    )
    parser.add_argument("--js", action="store_true", help="npm's sources vs ESLint and Semgrep")
    parser.add_argument("--peers", type=Path, default=Path(tempfile.gettempdir()) / "lw-peers")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.js:
        from js_peers import compare

        compare(args.workdir, args.peers, args.runs)
        return
    corpus = copy_stdlib(args.workdir)
    files = sum(1 for _ in corpus.rglob("*.py"))
    lines = sum(p.read_bytes().count(b"\n") for p in corpus.rglob("*.py"))
    print(f"corpus: {corpus} ({files} files, {lines:,} lines)")
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    ruff_cmd = [
        ruff,
        "check",
        "--isolated",
        "--no-cache",
        "--select",
        RUFF_RULES,
        "--exit-zero",
        ".",
    ]
    lw = [sys.executable, "-m", "lostwrite", "scan", "--exit-zero", "."]
    ruff_s = timed(ruff_cmd, corpus, args.runs)
    cold_s = timed([*lw, "--no-cache"], corpus, args.runs)
    subprocess.run(
        lw, cwd=corpus, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
    )
    warm_s = timed(lw, corpus, args.runs)
    settings = Settings(root=corpus, options=AnalysisOptions(codes=frozenset()))
    t0 = time.perf_counter()
    report = run_scan([str(corpus)], settings, use_cache=False)
    engine_s = time.perf_counter() - t0
    print(f"ruff check --select {RUFF_RULES}: {ruff_s:.2f} s")
    print(
        f"lostwrite scan --no-cache (cold):  {cold_s:.2f} s  = {cold_s / ruff_s:.1f}x ruff (target <= 8x)"
    )
    print(
        f"lostwrite scan (warm cache):       {warm_s:.2f} s  = {warm_s / ruff_s:.1f}x ruff (target <= 2x)"
    )
    print(
        f"engine only, no detectors (in-process): {engine_s:.2f} s for {len(report.results)} files (target < 0.5 s)"
    )
    print("single-core split:")
    for name, value in split(corpus).items():
        print(f"  {name:>16}: {value:.2f}" + ("" if name == "files parsed" else " s"))


if __name__ == "__main__":
    main()
