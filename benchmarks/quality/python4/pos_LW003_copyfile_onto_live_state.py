# positive LW003: the staged routing table is published with shutil.copyfile onto the live state file the proxy reloads
"""Route publisher: validates a staged routing table and makes it live."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

log = logging.getLogger(__name__)
STAGING = Path("/srv/router/staging/routes.json")
LIVE_STATE = Path("/srv/router/state/routes.json")


class InvalidRoutes(ValueError):
    pass


def validate(routes: dict) -> None:
    for host, upstream in routes.items():
        if not upstream.get("targets"):
            raise InvalidRoutes(f"{host}: no targets")


def publish() -> int:
    routes = json.loads(STAGING.read_text())
    validate(routes)
    shutil.copyfile(STAGING, LIVE_STATE)
    log.info("published %d routes", len(routes))
    return len(routes)
