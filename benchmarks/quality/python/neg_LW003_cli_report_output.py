# negative LW003: a CLI writes its report to the output path the user named (a fresh output, not state read back)
import argparse
import json
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description="summarise a JSONL access log")
    parser.add_argument("log")
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    counts: dict[str, int] = {}
    with open(args.log, encoding="utf-8") as fh:
        for line in fh:
            path = json.loads(line)["path"]
            counts[path] = counts.get(path, 0) + 1
    with open(args.output, "w", encoding="utf-8") as out:
        for path, n in sorted(counts.items(), key=lambda kv: -kv[1]):
            out.write(f"{n}\t{path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
