# positive LW007: a CLI import turns psycopg.Error on COPY into `raise SystemExit(2)` with no message
# ruff: noqa: B904
import argparse

import psycopg


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dsn")
    parser.add_argument("csv")
    args = parser.parse_args()
    with psycopg.connect(args.dsn) as conn, open(args.csv, "rb") as fh:
        try:
            with conn.cursor().copy("COPY customers FROM STDIN WITH (FORMAT csv)") as copy:
                for chunk in iter(lambda: fh.read(65536), b""):
                    copy.write(chunk)
        except psycopg.Error:
            raise SystemExit(2)


if __name__ == "__main__":
    main()
