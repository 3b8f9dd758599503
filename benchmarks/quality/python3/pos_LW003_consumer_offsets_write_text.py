# Positive LW003: log shipper persists its read offsets with Path.write_text on the live state file.
import json
import os
from pathlib import Path
from typing import Final

STATE_FILE: Final = Path(os.environ.get("SHIPPER_STATE", "/var/lib/shipper/offsets.json"))


def load_offsets() -> dict[str, int]:
    try:
        return {k: int(v) for k, v in json.loads(STATE_FILE.read_text()).items()}
    except FileNotFoundError:
        return {}


def ship_lines(path: Path, offset: int) -> int:
    with path.open("rb") as fh:
        fh.seek(offset)
        for line in fh:
            offset += len(line)
    return offset


def run_once(sources: list[Path]) -> None:
    offsets = load_offsets()
    for source in sources:
        offsets[str(source)] = ship_lines(source, offsets.get(str(source), 0))
    STATE_FILE.write_text(json.dumps(offsets, sort_keys=True))
