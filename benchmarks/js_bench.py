"""Time ``lostwrite scan`` on npm's own JavaScript sources against a bare tree-sitter parse.

Run: ``python benchmarks/js_bench.py [--runs 3] [--source /usr/lib/node_modules/npm]``.

The source tree is copied to a temporary directory with its ``node_modules`` folders renamed
(``lostwrite scan`` skips dependency folders, and npm's ~1,100 files are mostly its vendored
dependencies); the bare parse covers exactly the files the scan covers. Prints the wall time of a cold scan (``--no-cache``, all JS detectors, the
process pool as a user gets it), a warm scan (cache hit, no file changed), the bare parse of
the same files in one process, their ratios, and a single-process split of the analysis into
read, parse, index + write classification, and each detector. Semgrep and eslint are not
installed here, so there is no peer column.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lostwrite.detectors.js import DETECTORS
from lostwrite.detectors.js.context import JsContext
from lostwrite.detectors.js.parser import JsSyntaxError, parse, parser
from lostwrite.scan.config import AnalysisOptions
from lostwrite.scan.discovery import JS_SUFFIXES, discover


def copy_tree(source: Path, dest: Path) -> Path:
    target = dest / source.name
    shutil.copytree(source, target, symlinks=True)
    for folder in sorted(target.rglob("node_modules"), key=lambda p: -len(p.parts)):
        if folder.is_dir():
            folder.rename(folder.with_name("vendored_modules"))
    return target


def js_files(root: Path) -> list[Path]:
    """The JS/TS files ``lostwrite scan`` covers under ``root`` (it skips dist/, build/, …)."""
    found = discover([root.name], root.parent)
    return sorted(
        root.parent / d.path
        for d in found
        if d.error is None and Path(d.path).suffix in JS_SUFFIXES
    )


def timed(cmd: list[str], cwd: Path, runs: int, before: object = None) -> float:
    times = []
    for _ in range(runs):
        if callable(before):
            before()
        start = time.perf_counter()
        subprocess.run(
            cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare_parse(files: list[Path], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for path in files:
            data = path.read_bytes()
            grammar = (
                "tsx"
                if path.suffix == ".tsx"
                else "typescript"
                if path.suffix in (".ts", ".mts", ".cts")
                else "javascript"
            )
            parser(grammar).parse(data)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def split(files: list[Path]) -> dict[str, float]:
    """Single-process time in reading, parsing, the shared index, and each detector."""
    options = AnalysisOptions(codes=frozenset(d.code for d in DETECTORS))
    totals = {"read+prefilter": 0.0, "parse": 0.0, "index+writes": 0.0}
    totals.update({d.code: 0.0 for d in DETECTORS})
    for path in files:
        t0 = time.perf_counter()
        data = path.read_bytes()
        wanted = [d for d in DETECTORS if d.wanted(data)]
        t1 = time.perf_counter()
        totals["read+prefilter"] += t1 - t0
        if not wanted:
            continue
        try:
            tree, grammar = parse(str(path), data)
        except JsSyntaxError:
            continue
        t2 = time.perf_counter()
        totals["parse"] += t2 - t1
        ctx = JsContext(str(path), data.decode("utf-8", "replace"), data, tree, grammar, options)
        ctx.writes  # noqa: B018  (build the shared index and write classification)
        t3 = time.perf_counter()
        totals["index+writes"] += t3 - t2
        for detector in wanted:
            t = time.perf_counter()
            detector.check(ctx)
            totals[detector.code] += time.perf_counter() - t
    return totals


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--source", type=Path, default=Path("/usr/lib/node_modules/npm"))
    args = ap.parse_args()
    if not args.source.is_dir():
        print(f"no such directory: {args.source}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="lostwrite-js-bench-") as tmp:
        corpus = copy_tree(args.source, Path(tmp))
        every = sorted(p for p in corpus.rglob("*") if p.suffix in JS_SUFFIXES and p.is_file())
        cwd = os.getcwd()
        os.chdir(corpus.parent)
        try:
            files = js_files(corpus)
        finally:
            os.chdir(cwd)
        size = sum(p.stat().st_size for p in files)
        print(
            f"corpus: {len(files)} JS files scanned, {size / 1e6:.1f} MB (of {len(every)} in the "
            f"copy of {args.source}; dist/ and build/ folders are skipped by the scan)"
        )
        print(f"cores: {os.cpu_count()}, runs: {args.runs} (median)")
        scan = [
            sys.executable,
            "-m",
            "lostwrite",
            "scan",
            "--exit-zero",
            "--format",
            "json",
            corpus.name,
        ]
        cache = corpus.parent / ".lostwrite_cache"
        cold = timed([*scan, "--no-cache"], corpus.parent, args.runs)
        subprocess.run(scan, cwd=corpus.parent, stdout=subprocess.DEVNULL, check=False)
        warm = timed(scan, corpus.parent, args.runs)
        startup = timed([sys.executable, "-m", "lostwrite", "--version"], corpus.parent, args.runs)
        bare = bare_parse(files, args.runs)
        shutil.rmtree(cache, ignore_errors=True)
        print(f"lostwrite scan --no-cache (cold): {cold:6.2f} s")
        print(f"lostwrite scan (warm cache):      {warm:6.2f} s")
        print(f"python -m lostwrite --version:    {startup:6.2f} s (interpreter start-up)")
        print(f"bare tree-sitter parse, 1 proc:   {bare:6.2f} s")
        print(f"ratio cold / bare parse: {cold / bare:5.2f}x")
        print(f"ratio warm / bare parse: {warm / bare:5.2f}x")
        print("single-process split:")
        totals = split(files)
        whole = sum(totals.values())
        for name, seconds in totals.items():
            print(f"  {name:16s} {seconds:6.2f} s  {100 * seconds / whole:5.1f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
