# negative LW007: the script exits 0 after a successful load; there is no except around the writes
import json
import sys

import redis


def main(path: str) -> None:
    r = redis.Redis()
    with open(path) as fh:
        flags = json.load(fh)
    r.hset("feature_flags", mapping={k: int(v) for k, v in flags.items()})
    print(f"loaded {len(flags)} flags")
    sys.exit(0)


if __name__ == "__main__":
    main(sys.argv[1])
