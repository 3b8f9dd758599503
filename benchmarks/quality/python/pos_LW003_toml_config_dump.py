# positive LW003: the user's config.toml is rewritten in place with tomli_w.dump
import tomllib
from pathlib import Path

import tomli_w

CONFIG = Path("~/.config/notes/config.toml").expanduser()


def set_editor(editor: str) -> None:
    with CONFIG.open("rb") as fh:
        config = tomllib.load(fh)
    config.setdefault("ui", {})["editor"] = editor
    with CONFIG.open("wb") as fh:
        tomli_w.dump(config, fh)
