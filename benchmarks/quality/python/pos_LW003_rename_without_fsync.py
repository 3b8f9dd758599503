# positive LW003: temp file + os.replace for the state file, but no fsync before the rename
import json
import os


def persist_state(state_path: str, state: dict) -> None:
    tmp_path = state_path + ".tmp"
    with open(tmp_path, "w") as fh:
        json.dump(state, fh)
    os.replace(tmp_path, state_path)
