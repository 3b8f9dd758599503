# positive LW003: a config promoter copies the staged nginx upstream config onto the live file with shutil.copyfile
import logging
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger("promote")
LIVE = Path("/etc/nginx/conf.d/upstreams.conf")
STAGED = Path("/var/lib/promote/upstreams.conf.staged")


def validate(path: Path) -> bool:
    result = subprocess.run(["nginx", "-t", "-c", str(path)], capture_output=True)
    return result.returncode == 0


def promote() -> None:
    if not validate(STAGED):
        raise RuntimeError("staged config does not validate")
    shutil.copyfile(STAGED, LIVE)
    subprocess.run(["nginx", "-s", "reload"], check=True)
    log.info("promoted %s -> %s", STAGED, LIVE)
