# negative LW003: settings are written with NamedTemporaryFile(dir=same dir, delete=False), fsynced, os.replace'd, dir fsynced
import os
import tempfile
from pathlib import Path

import tomli_w


def save_settings(path: Path, values: dict) -> None:
    with tempfile.NamedTemporaryFile(
        "wb", dir=path.parent, prefix=f".{path.name}.", delete=False
    ) as tmp:
        tomli_w.dump(values, tmp)
        tmp.flush()
        os.fsync(tmp.fileno())
    try:
        os.replace(tmp.name, path)
    except OSError:
        os.unlink(tmp.name)
        raise
    fd = os.open(path.parent, os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
