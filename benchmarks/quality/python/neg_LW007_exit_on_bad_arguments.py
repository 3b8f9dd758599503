# negative LW007: sys.exit(2) is for bad command-line input, not a write failure; the writes are never caught
import sys

import psycopg


def main(argv: list[str]) -> None:
    if len(argv) != 3:
        sys.stderr.write("usage: grant.py DSN USER ROLE\n")
        sys.exit(2)
    dsn, user, role = argv[0], argv[1], argv[2]
    with psycopg.connect(dsn) as conn:
        conn.execute("INSERT INTO grants (username, role) VALUES (%s, %s)", (user, role))


if __name__ == "__main__":
    main(sys.argv[1:])
