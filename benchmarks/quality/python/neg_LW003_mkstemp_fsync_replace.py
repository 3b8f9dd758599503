# negative LW003: the fixed form, mkstemp in the same directory, fsync, os.replace, then fsync of the directory
import json
import os
import tempfile
from pathlib import Path


def save_guidance(state_dir: Path, guidance: dict) -> None:
    guidance_path = state_dir / "guidance.json"
    fd, tmp = tempfile.mkstemp(dir=state_dir, prefix=".guidance_tmp_")
    try:
        with os.fdopen(fd, "w") as f:
            json.dump(guidance, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, guidance_path)
    except BaseException:
        os.unlink(tmp)
        raise
    dir_fd = os.open(state_dir, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
