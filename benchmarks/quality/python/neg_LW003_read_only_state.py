# negative LW003: state and config files are only read here
import json
import tomllib
from pathlib import Path


def load_config(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def load_state(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)
