"""Load test of ``lostwrite serve`` on 127.0.0.1: the cached pattern GET and the counter POST.

Starts a real ``python -m lostwrite serve --port 0`` (SQLite in a temporary directory unless
``--db`` names another store), then drives it with a small asyncio HTTP/1.1 keep-alive client:
a fixed number of requests over a fixed number of connections, each phase bounded in time, so
the run always stops by itself. Prints requests per second and p50/p99 latency per phase, and
after the POST phase checks that the store holds exactly one event per accepted POST (201) and
that the counters add up: nothing lost, nothing counted twice.

    .venv/bin/python benchmarks/serve_bench.py [--requests 20000] [--concurrency 64]
                                                [--db URL | --postgres]

Targets on 2 cores (server and load generator together): >= 2,000 req/s for the cached GET
with p99 < 50 ms; zero lost or double-counted events.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from lostwrite.serve.store import open_store

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "bench-token-0123456789abcdef"
PHASE_TIMEOUT = 300.0  # seconds: a phase that takes longer is aborted


@dataclass
class Phase:
    """The results of one phase."""

    name: str
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    seconds: float = 0.0

    def report(self) -> str:
        ms = sorted(x * 1000 for x in self.latencies)
        p50 = statistics.median(ms)
        p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
        rate = len(ms) / self.seconds
        codes = ", ".join(f"{code}: {n}" for code, n in sorted(self.statuses.items()))
        return (
            f"{self.name:<34} {len(ms):>6} req in {self.seconds:6.2f} s  {rate:8.0f} req/s  "
            f"p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  max {ms[-1]:7.2f} ms  [{codes}]"
        )

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds

    @property
    def p99_ms(self) -> float:
        ms = sorted(x * 1000 for x in self.latencies)
        return ms[min(len(ms) - 1, int(len(ms) * 0.99))]


def build_request(method: str, path: str, host: str, body: bytes = b"", headers: str = "") -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: {host}\r\n{headers}"
    if body:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return (head + "\r\n").encode() + body


async def one_connection(
    host: str, port: int, requests: list[bytes], next_index: list[int], phase: Phase
) -> None:
    """Send requests on one keep-alive connection until the shared queue is empty."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while next_index[0] < len(requests):
            request = requests[next_index[0]]
            next_index[0] += 1
            start = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            match = re.search(rb"(?i)\r\ncontent-length: *(\d+)", head)
            if match and int(match.group(1)):
                await reader.readexactly(int(match.group(1)))
            phase.latencies.append(time.perf_counter() - start)
            phase.statuses[status] += 1
    finally:
        writer.close()


async def run_phase(
    name: str, host: str, port: int, requests: list[bytes], concurrency: int
) -> Phase:
    phase = Phase(name)
    next_index = [0]
    start = time.perf_counter()
    workers = [one_connection(host, port, requests, next_index, phase) for _ in range(concurrency)]
    await asyncio.wait_for(asyncio.gather(*workers), timeout=PHASE_TIMEOUT)
    phase.seconds = time.perf_counter() - start
    return phase


def start_server(db: str, workdir: Path) -> tuple[subprocess.Popen[str], str, int]:
    env = {**os.environ, "LOSTWRITE_TOKEN": TOKEN}
    command = [sys.executable, "-m", "lostwrite", "serve", "--port", "0", "--db", db]
    command += ["--rate-limit", "100000000"]  # the bench measures throughput, not the limiter
    process = subprocess.Popen(command, cwd=workdir, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    match = re.search(r"http://([\d.]+):(\d+)", line)
    if match is None:
        process.kill()
        raise SystemExit(f"serve did not start: {line!r}")
    return process, match.group(1), int(match.group(2))


async def wait_ready(host: str, port: int) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            await run_phase("probe", host, port, [build_request("GET", "/api/health", host)], 1)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.1)


async def bench(args: argparse.Namespace, host: str, port: int) -> tuple[list[Phase], Phase]:
    n, c = args.requests, args.concurrency
    await wait_ready(host, port)
    get = build_request("GET", "/api/patterns/045", host)
    await run_phase("warm-up", host, port, [get] * 1000, c)
    phases = [await run_phase("GET /api/patterns/045 (200)", host, port, [get] * n, c)]
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(get)
    head = await reader.readuntil(b"\r\n\r\n")
    writer.close()
    etag_match = re.search(rb'(?i)\r\netag: *("[^"]+")', head)
    assert etag_match is not None, "no ETag on the pattern response"
    conditional = build_request(
        "GET",
        "/api/patterns/045",
        host,
        headers=f"If-None-Match: {etag_match.group(1).decode()}\r\n",
    )
    phases.append(await run_phase("GET /api/patterns/045 (304)", host, port, [conditional] * n, c))
    auth = f"Authorization: Bearer {TOKEN}\r\n"
    kinds = ["diagnosed", "healed", "cited"]
    posts = [
        build_request(
            "POST",
            "/api/events",
            host,
            orjson.dumps(
                {
                    "kind": kinds[i % 3],
                    "pattern": "LW045",
                    "source": f"bench-{i % 64}",
                    "id": f"b{i}",
                }
            ),
            auth,
        )
        for i in range(n)
    ]
    post_phase = await run_phase("POST /api/events", host, port, posts, c)
    return phases, post_phase


def stored(db: str) -> tuple[int, int, int]:
    """(events, sum of their counts, sum of LW045's counters) in the store."""
    store = open_store(db)
    try:
        events, total = store.totals()
        return events, total, sum(store.counts("LW045").values())
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--db", help="store URL (default: SQLite in a temporary directory)")
    parser.add_argument(
        "--postgres", action="store_true", help="count into a throwaway local PostgreSQL server"
    )
    args = parser.parse_args()
    if args.postgres:
        sys.path.insert(0, str(ROOT / "tests"))
        from conftest import TempPostgres  # the test suite's throwaway server

        server = TempPostgres(durable=True).start()
        try:
            args.db = server.create_database()
            return run(args)
        finally:
            server.stop()
    return run(args)


def run(args: argparse.Namespace) -> int:
    """One benchmark run against ``args.db`` (or a temporary SQLite file)."""
    with tempfile.TemporaryDirectory(prefix="lostwrite-bench-") as tmp:
        db = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        process, host, port = start_server(db, Path(tmp))
        try:
            before = stored(db)
            gets, post = asyncio.run(bench(args, host, port))
        finally:
            process.terminate()
            process.wait(timeout=30)
        after = stored(db)
    events, total, counters = (a - b for a, b in zip(after, before, strict=True))
    accepted = post.statuses.get(201, 0)
    print(
        f"lostwrite serve on {host}:{port}: {args.requests} requests per phase over "
        f"{args.concurrency} connections; {os.cpu_count()} cores shared by server and client; "
        f"store {db.split('://')[0]}"
    )
    for phase in [*gets, post]:
        print(phase.report())
    print(
        f"events: {accepted} POSTs answered 201; the store gained {events} events, "
        f"count sum {total}, LW045 counters sum {counters}"
    )
    get = gets[0]
    get_ok = get.rate >= 2000 and get.p99_ms < 50
    exact = accepted == events == total == counters
    print(
        f"target cached GET >= 2000 req/s with p99 < 50 ms: {'met' if get_ok else 'MISSED'} "
        f"({get.rate:.0f} req/s, p99 {get.p99_ms:.1f} ms)"
    )
    print(f"target no event lost or double-counted: {'met' if exact else 'MISSED'}")
    return 0 if exact else 1


if __name__ == "__main__":
    sys.exit(main())
