# positive LW003: a Flask admin endpoint saves settings.toml with Path.write_text over the live file
import tomllib
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request

admin = Blueprint("admin", __name__, url_prefix="/admin")


def settings_path() -> Path:
    return Path(current_app.instance_path) / "settings.toml"


def render_toml(values: dict[str, str | int | bool]) -> str:
    lines = []
    for key, value in sorted(values.items()):
        if isinstance(value, bool):
            lines.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, int):
            lines.append(f"{key} = {value}")
        else:
            lines.append(f'{key} = "{value}"')
    return "\n".join(lines) + "\n"


@admin.get("/settings")
def read_settings():
    return jsonify(tomllib.loads(settings_path().read_text()))


@admin.put("/settings")
def save_settings():
    current = tomllib.loads(settings_path().read_text())
    current.update(request.get_json(force=True))
    settings_path().write_text(render_toml(current), encoding="utf-8")
    return jsonify(current)
