"""Benchmark ``lostwrite recover`` on PostgreSQL and SQLite.

Builds a table of ROWS records (10% damaged: LW045, ``would_have_asked`` true and
``classifier_verdict`` missing) in a throwaway PostgreSQL server (started like the test fixture,
with default durability settings) and in a SQLite file, then times the real CLI in a subprocess:
a dry run, and ``--apply`` at each batch size. It prints rows/s over the whole table, damaged
rows repaired per second, and the slowest batch and longest write transaction (from the run's
report), which must stay well under a second so locks are held briefly.

    .venv/bin/python benchmarks/recover_bench.py [--rows 1000000] [--batch auto,1000,5000]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def enrich(record: dict[str, Any]) -> dict[str, Any]:
    """The enrichment under benchmark: cheap, so the numbers measure recover itself."""
    return {"classifier_verdict": "ok" if record["id"] % 20 else "flagged"}


def documents(rows: int) -> Iterator[tuple[int, str]]:
    """``rows`` JSON records; every tenth one lost its verdict."""
    for i in range(1, rows + 1):
        record: dict[str, Any] = {
            "id": i,
            "ts": 1_714_521_600 + i,
            "text": f"turn {i} of a conversation",
            "would_have_asked": True,
        }
        if i % 10:
            record["classifier_verdict"] = "ok"
        yield i, json.dumps(record)


def recover(source: str, work: Path, *extra: str) -> tuple[float, dict[str, Any]]:
    """Run the CLI; return wall seconds and the report's ``end`` line (empty for a dry run)."""
    report = work / "report.jsonl"
    report.unlink(missing_ok=True)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "lostwrite", "recover", source, "--pattern", "LW045",
         "--enrich", f"{Path(__file__).resolve()}:enrich", "--report-file", str(report), *extra],
        cwd=work, capture_output=True, text=True, check=False,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"recover failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    end: dict[str, Any] = {}
    if report.exists():
        end = json.loads(report.read_text().splitlines()[-1])
    return elapsed, end


def line(
    backend: str, mode: str, batch: str, seconds: float, rows: int, end: dict[str, Any]
) -> str:
    damaged = rows // 10
    timing = end.get("timing", {})
    slowest = f"{timing['slowest_batch_s']:.3f}" if timing else "-"
    commit = f"{timing['longest_commit_s']:.3f}" if timing else "-"
    chosen = timing.get("batch_size", "-")
    return (
        f"{backend:<10} {mode:<7} {batch:>6} {seconds:>8.2f} {rows / seconds:>12,.0f} "
        f"{damaged / seconds:>12,.0f} {slowest:>9} {commit:>9}  {chosen}"
    )


HEADER = (
    f"{'backend':<10} {'mode':<7} {'batch':>6} {'seconds':>8} {'table rows/s':>12} "
    f"{'damaged/s':>12} {'slowest':>9} {'commit':>9}  batch sizes used"
)


def bench_postgres(rows: int, batches: list[str], work: Path) -> list[str]:
    import psycopg

    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import TempPostgres  # the test suite's throwaway server

    server = TempPostgres(durable=True).start()
    try:
        url = server.create_database("bench")
        with psycopg.connect(url, autocommit=True) as conn:
            started = time.perf_counter()
            conn.execute("CREATE TABLE template (id bigint, doc jsonb)")
            with conn.cursor().copy("COPY template (id, doc) FROM STDIN") as copy:
                for row in documents(rows):
                    copy.write_row(row)
            print(f"postgres: loaded {rows:,} rows in {time.perf_counter() - started:.1f} s")
        results = []
        for index, batch in enumerate(["dry", *batches]):
            table = f"turns_{index}"
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(f"CREATE TABLE {table} AS SELECT * FROM template")
                conn.execute(f"ALTER TABLE {table} ADD PRIMARY KEY (id)")
                conn.execute(f"VACUUM ANALYZE {table}")
            source = f"{url}?table={table}&column=doc"
            if batch == "dry":
                seconds, end = recover(source, work)
                results.append(line("postgres", "dry-run", "auto", seconds, rows, end))
            else:
                seconds, end = recover(source, work, "--apply", "--batch", batch)
                assert end["counts"]["recovered"] == rows // 10, end
                results.append(line("postgres", "apply", batch, seconds, rows, end))
            print(results[-1], flush=True)
        return results
    finally:
        server.stop()


def bench_sqlite(rows: int, batches: list[str], work: Path) -> list[str]:
    template = work / "template.db"
    started = time.perf_counter()
    conn = sqlite3.connect(template)
    conn.execute("CREATE TABLE turns (id INTEGER PRIMARY KEY, doc TEXT NOT NULL)")
    conn.executemany("INSERT INTO turns VALUES (?, ?)", documents(rows))
    conn.commit()
    conn.close()
    print(f"sqlite: loaded {rows:,} rows in {time.perf_counter() - started:.1f} s")
    results = []
    for batch in ["dry", *batches]:
        db = work / "turns.db"
        shutil.copyfile(template, db)
        source = f"sqlite:///{db}?table=turns&column=doc"
        if batch == "dry":
            seconds, end = recover(source, work)
            results.append(line("sqlite", "dry-run", "auto", seconds, rows, end))
        else:
            seconds, end = recover(source, work, "--apply", "--batch", batch)
            assert end["counts"]["recovered"] == rows // 10, end
            results.append(line("sqlite", "apply", batch, seconds, rows, end))
        print(results[-1], flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument(
        "--batch", default="auto,1000,5000", help="comma-separated batch sizes (or auto)"
    )
    parser.add_argument("--only", choices=["postgres", "sqlite"])
    args = parser.parse_args()
    batches = [b.strip() for b in args.batch.split(",") if b.strip()]
    with tempfile.TemporaryDirectory(prefix="lostwrite-bench-") as tmp:
        work = Path(tmp)
        print(f"{args.rows:,} rows, {args.rows // 10:,} damaged (10%)")
        print(HEADER, flush=True)
        results = []
        if args.only != "sqlite":
            results += bench_postgres(args.rows, batches, work)
        if args.only != "postgres":
            results += bench_sqlite(args.rows, batches, work)
        print()
        print(HEADER)
        print("\n".join(results))
        print(
            "table rows/s = all rows / wall time; damaged/s = repaired rows / wall time; "
            "slowest = slowest batch (read, enrich, write, checkpoint), commit = longest write "
            "transaction (lock held), both in seconds"
        )


if __name__ == "__main__":
    main()
