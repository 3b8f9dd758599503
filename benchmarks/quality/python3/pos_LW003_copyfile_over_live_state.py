# Positive LW003: restore command copies a backup directly onto the live scheduler state file.
import argparse
import json
import shutil
from pathlib import Path

STATE = Path("/var/lib/cronlite/schedule-state.json")


def validate_backup(path: Path) -> None:
    data = json.loads(path.read_text())
    if "jobs" not in data:
        raise SystemExit(f"{path}: not a cronlite state backup")


def restore(backup: Path) -> None:
    validate_backup(backup)
    shutil.copyfile(backup, STATE)
    print(f"restored {STATE} from {backup}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("backup", type=Path)
    restore(parser.parse_args().backup)
