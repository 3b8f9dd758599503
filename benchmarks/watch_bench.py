"""Benchmark ``lostwrite watch --once`` against a bare ``orjson.loads`` loop.

Builds a JSONL log of ROWS rows of about 150 bytes (1% matching LW045: ``would_have_asked``
true and ``classifier_verdict`` absent) in a temporary directory and times, on the same file
(already in the page cache):

* the bare loop: ``for line in file: orjson.loads(line)`` in this process;
* ``lostwrite watch LOG --pattern LW045 --once`` as a subprocess with a fresh state (its time
  includes starting the interpreter), with its peak RSS from ``wait4``.

It prints rows/s of both, the ratio (target: watch at least 0.5x the bare loop) and the peak
RSS (target: under 100 MB), and checks that watch signalled exactly the matching rows.

Two logs are measured: ``typical``, where 10% of the rows have ``would_have_asked: true``
(so 90% are rejected by the byte prefilter without being decoded), and ``worst``, where every
row has it (every row passes the prefilter and is decoded).

    .venv/bin/python benchmarks/watch_bench.py [--rows 1000000] [--runs 2] [--only typical]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

WORDS = "the order was placed but the classifier never answered before the worker exited".split()


def build_log(path: Path, rows: int, asked_rate: float, seed: int = 45) -> int:
    """Write the log; returns how many rows match LW045 (1% of them, spread at random)."""
    rng = random.Random(seed)
    matching = 0
    chunk: list[bytes] = []
    with open(path, "wb") as handle:
        for i in range(rows):
            lost = rng.random() < 0.01
            asked = lost or rng.random() < (asked_rate - 0.01) / 0.99
            record = {
                "ts": f"2026-11-23T08:{i // 60000 % 60:02d}:{i // 1000 % 60:02d}.{i % 1000:03d}Z",
                "id": f"turn-{i:08d}",
                "text": " ".join(rng.choices(WORDS, k=4)),
                "would_have_asked": asked,
                "latency_ms": rng.randrange(5000),
            }
            if not lost:
                record["classifier_verdict"] = "ok" if rng.random() < 0.9 else "flagged"
            matching += lost
            chunk.append(orjson.dumps(record))
            if len(chunk) == 10000:
                handle.write(b"\n".join(chunk) + b"\n")
                chunk = []
        if chunk:
            handle.write(b"\n".join(chunk) + b"\n")
    return matching


def bare_loop(path: Path) -> float:
    """Seconds for ``orjson.loads`` on every line."""
    loads = orjson.loads
    start = time.perf_counter()
    with open(path, "rb") as handle:
        for line in handle:
            loads(line)
    return time.perf_counter() - start


_TIMER = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
elapsed = time.perf_counter() - start
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024, code)
"""
"""Runs the command from a small process, so the peak RSS measured is the command's own
(a child's ``ru_maxrss`` also counts what it inherited before ``exec``)."""


def run_watch(path: Path, workdir: Path) -> tuple[float, int, int, int]:
    """(seconds, peak RSS in bytes, exit code, signals written) for one fresh ``--once`` run."""
    state, signals = workdir / "state.json", workdir / "signals.jsonl"
    for leftover in (state, signals):
        leftover.unlink(missing_ok=True)
    command = [sys.executable, "-m", "lostwrite", "watch", str(path), "--pattern", "LW045"]
    command += ["--once", "--state", str(state), "--signals", str(signals)]
    with open(workdir / "watch.err", "wb") as err:
        timer = subprocess.run(
            [sys.executable, "-c", _TIMER, *command], stdout=subprocess.PIPE, stderr=err, check=True
        )
    elapsed, rss, code = timer.stdout.split()
    with open(signals, "rb") as handle:
        count = sum(1 for _ in handle)
    return float(elapsed), int(rss), int(code), count


def measure(name: str, asked_rate: float, rows: int, runs: int, workdir: Path) -> bool:
    log = workdir / f"{name}.jsonl"
    started = time.perf_counter()
    matching = build_log(log, rows, asked_rate)
    size = log.stat().st_size
    print(
        f"\n[{name}] {rows:,} rows, {size / 1e6:.1f} MB, {matching:,} matching LW045 "
        f"({matching / rows:.1%}), {asked_rate:.0%} with would_have_asked=true "
        f"(built in {time.perf_counter() - started:.1f} s)"
    )
    bare = min(bare_loop(log) for _ in range(runs))
    results = [run_watch(log, workdir) for _ in range(runs)]
    watch, _, code, signalled = min(results)
    peak = max(r[1] for r in results)
    tail = (workdir / "watch.err").read_text().strip().splitlines()[-1]
    print(f"  bare orjson.loads loop : {bare:6.2f} s  {rows / bare / 1e6:5.2f} M rows/s")
    print(f"  lostwrite watch --once : {watch:6.2f} s  {rows / watch / 1e6:5.2f} M rows/s")
    ratio = bare / watch
    print(f"  ratio watch/bare       : {ratio:.2f}x  (target >= 0.5x)")
    print(f"  peak RSS of watch      : {peak / 2**20:.1f} MiB  (target < 100 MB)")
    print(f"  watch said             : {tail}")
    ok = code == 1 and signalled == matching
    if not ok:
        print(f"  WRONG: exit code {code}, {signalled} signals for {matching} matching rows")
    return ok and ratio >= 0.5 and peak < 100e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=2, help="repetitions; the best time counts")
    parser.add_argument("--only", choices=["typical", "worst"])
    args = parser.parse_args()
    scenarios = {"typical": 0.10, "worst": 1.0}
    with tempfile.TemporaryDirectory(prefix="lostwrite-watch-bench-") as tmp:
        ok = True
        for name, rate in scenarios.items():
            if args.only in (None, name):
                ok &= measure(name, rate, args.rows, args.runs, Path(tmp))
                (Path(tmp) / f"{name}.jsonl").unlink()
    print("\nall targets met" if ok else "\nsome target missed")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
