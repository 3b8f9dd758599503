"""Child process for the crash and concurrency tests: rewrite one file again and again.

``python writer_child.py TARGET --tags A B --size N [--times K] [--naive]`` builds one payload
per tag, prints ``ready``, then writes the payloads in turn (forever unless ``--times``),
with ``atomic_write_bytes`` or, with ``--naive``, a plain ``open(path, "wb")``.
"""

from __future__ import annotations

import argparse

from lostwrite.guard import atomic_write_bytes


def payload(tag: str, size: int) -> bytes:
    """``size`` bytes that only this tag produces: ``tag|tag|tag|...``."""
    unit = f"{tag}|".encode()
    return (unit * (size // len(unit) + 1))[:size]


def naive_write(path: str, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("target")
    parser.add_argument("--tags", nargs="+", required=True)
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--times", type=int, default=0, help="0: until killed")
    parser.add_argument("--naive", action="store_true")
    args = parser.parse_args()
    write = naive_write if args.naive else atomic_write_bytes
    payloads = [payload(tag, args.size) for tag in args.tags]
    print("ready", flush=True)
    count = 0
    while args.times == 0 or count < args.times:
        write(args.target, payloads[count % len(payloads)])
        count += 1


if __name__ == "__main__":
    main()
