# positive LW003: a new config is copied onto the live config path with shutil.copyfile (truncate then copy)
import shutil
import tempfile

import yaml


def apply_config(live_config: str, changes: dict) -> None:
    with open(live_config) as fh:
        config = yaml.safe_load(fh)
    config.update(changes)
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as tmp:
        yaml.safe_dump(config, tmp)
    shutil.copyfile(tmp.name, live_config)
