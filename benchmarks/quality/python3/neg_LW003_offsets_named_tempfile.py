# Negative LW003: log shipper saves offsets via NamedTemporaryFile in the same directory + fsync + os.replace.
import json
import os
from pathlib import Path
from tempfile import NamedTemporaryFile

STATE_FILE = Path(os.environ.get("SHIPPER_STATE", "/var/lib/shipper/offsets.json"))


def load_offsets() -> dict[str, int]:
    try:
        return json.loads(STATE_FILE.read_text())
    except FileNotFoundError:
        return {}


def save_offsets(offsets: dict[str, int]) -> None:
    with NamedTemporaryFile("w", dir=STATE_FILE.parent, delete=False, suffix=".tmp") as tmp:
        json.dump(offsets, tmp, sort_keys=True)
        tmp.flush()
        os.fsync(tmp.fileno())
    os.replace(tmp.name, STATE_FILE)
    dir_fd = os.open(STATE_FILE.parent, os.O_DIRECTORY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
