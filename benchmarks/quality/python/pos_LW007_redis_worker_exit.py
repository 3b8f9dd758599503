# positive LW007: a redis-backed counter flusher exits the process on ConnectionError without a log line
import sys
import time

import redis

r = redis.Redis(host="redis")


def flush_counters(counters: dict[str, int]) -> None:
    pipe = r.pipeline()
    for key, n in counters.items():
        pipe.incrby(f"hits:{key}", n)
    try:
        pipe.execute()
    except redis.ConnectionError:
        sys.exit(1)


def run(source) -> None:
    while True:
        flush_counters(source.drain())
        time.sleep(10)
