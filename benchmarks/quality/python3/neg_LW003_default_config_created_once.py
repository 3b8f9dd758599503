# Negative LW003: a default config is written only when no config exists yet; existing files are never rewritten.
import json
import os
from pathlib import Path

DEFAULTS = {"listen": "127.0.0.1:8080", "workers": 2, "log_level": "info"}


def ensure_config(path: Path) -> dict[str, object]:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return json.loads(path.read_text())
    with os.fdopen(fd, "w") as fh:
        json.dump(DEFAULTS, fh, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    return dict(DEFAULTS)
