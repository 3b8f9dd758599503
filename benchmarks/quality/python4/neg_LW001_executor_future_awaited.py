# negative LW001: the blocking sqlite3 batch insert runs in an executor and its future is awaited
"""Sensor collector: reads UDP datagrams and stores readings in SQLite."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from concurrent.futures import ThreadPoolExecutor

DB_PATH = "/var/lib/collector/readings.db"
writer_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-writer")


def write_batch(rows: list[tuple[str, float, float]]) -> None:
    conn = sqlite3.connect(DB_PATH)
    try:
        with conn:
            conn.executemany("INSERT INTO readings (sensor, ts, value) VALUES (?, ?, ?)", rows)
    finally:
        conn.close()


class Collector(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.buffer: list[tuple[str, float, float]] = []

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        msg = json.loads(data)
        self.buffer.append((msg["sensor"], msg["ts"], msg["value"]))

    async def flush_forever(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(2.0)
            if not self.buffer:
                continue
            batch, self.buffer = self.buffer, []
            await loop.run_in_executor(writer_pool, write_batch, batch)


async def main() -> None:
    loop = asyncio.get_running_loop()
    collector = Collector()
    await loop.create_datagram_endpoint(lambda: collector, local_addr=("0.0.0.0", 9999))
    await collector.flush_forever()


if __name__ == "__main__":
    asyncio.run(main())
