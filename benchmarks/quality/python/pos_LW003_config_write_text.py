# positive LW003: the app config is rewritten in place with Path.write_text(json.dumps(...))
import json
from pathlib import Path

CONFIG_PATH = Path.home() / ".config" / "syncer" / "config.json"


def set_option(key: str, value: str) -> None:
    config = json.loads(CONFIG_PATH.read_text()) if CONFIG_PATH.exists() else {}
    config[key] = value
    CONFIG_PATH.write_text(json.dumps(config, indent=2, sort_keys=True))
