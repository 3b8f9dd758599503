# negative LW003: write_text goes to a temp path, which is fsynced through os.open before os.replace
import json
import os
from pathlib import Path


def save_config(config_path: Path, config: dict) -> None:
    tmp = config_path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(config, indent=2))
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, config_path)
