# positive LW003: the job scheduler state is written in place with Path.write_bytes(orjson.dumps(...))
from pathlib import Path

import orjson

STATE = Path("/var/lib/scheduler/state.json")


def save_schedule(jobs: list[dict]) -> None:
    STATE.write_bytes(orjson.dumps({"jobs": jobs}, option=orjson.OPT_INDENT_2))
