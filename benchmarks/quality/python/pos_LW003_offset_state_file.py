# positive LW003: a log shipper stores its read offset by truncating and rewriting the offset state file
import os

OFFSET_FILE = os.path.join(os.environ.get("STATE_DIR", "/var/lib/shipper"), "offset.state")


def save_offset(offset: int) -> None:
    with open(OFFSET_FILE, "w") as fh:
        fh.write(str(offset))


def load_offset() -> int:
    try:
        with open(OFFSET_FILE) as fh:
            return int(fh.read() or 0)
    except FileNotFoundError:
        return 0
