# Negative LW007: the script exits early only for bad arguments; write failures propagate with their traceback.
import argparse
import sqlite3
import sys
from pathlib import Path


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="record a deployment")
    parser.add_argument("database", type=Path)
    parser.add_argument("service")
    parser.add_argument("version")
    return parser.parse_args(argv)


def record(db: Path, service: str, version: str) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("INSERT INTO deployments (service, version) VALUES (?, ?)", (service, version))
    conn.close()


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if not args.database.exists():
        print(f"no such database: {args.database}", file=sys.stderr)
        sys.exit(2)
    record(args.database, args.service, args.version)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
