# negative LW007: the redis flusher retries, then logs a warning naming the lost keys before exiting
import logging
import sys
import time

import redis

r = redis.Redis(host="redis")
logger = logging.getLogger(__name__)


def flush_counters(counters: dict[str, int]) -> None:
    for attempt in range(3):
        pipe = r.pipeline()
        for key, n in counters.items():
            pipe.incrby(f"hits:{key}", n)
        try:
            pipe.execute()
            return
        except redis.ConnectionError:
            time.sleep(2**attempt)
    logger.error("giving up on %d counters: %s", len(counters), sorted(counters))
    sys.exit(1)
