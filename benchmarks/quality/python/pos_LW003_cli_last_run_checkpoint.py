# positive LW003: a CLI backup script records its last-run checkpoint by rewriting the file in place
import argparse
import datetime as dt
import json
import subprocess

CHECKPOINT = "/var/lib/backup/last_run.json"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("source")
    parser.add_argument("target")
    args = parser.parse_args()
    subprocess.run(["rsync", "-a", args.source, args.target], check=True)
    fh = open(CHECKPOINT, "w")
    fh.write(json.dumps({"finished": dt.datetime.now(dt.UTC).isoformat(), "source": args.source}))
    fh.close()


if __name__ == "__main__":
    main()
