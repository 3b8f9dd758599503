# Positive LW003: Flask admin endpoint rewrites the feature-flag file that every worker reads at boot.
import json
from pathlib import Path

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
FLAGS_PATH = Path(app.instance_path) / "feature_flags.json"


def read_flags() -> dict[str, bool]:
    if not FLAGS_PATH.exists():
        return {}
    return json.loads(FLAGS_PATH.read_text())


def write_flags(flags: dict[str, bool]) -> None:
    FLAGS_PATH.parent.mkdir(parents=True, exist_ok=True)
    fh = open(FLAGS_PATH, "w")
    fh.write(json.dumps(flags, indent=2, sort_keys=True))
    fh.close()


@app.put("/admin/flags/<name>")
def set_flag(name: str):
    body = request.get_json(silent=True) or {}
    if "enabled" not in body:
        abort(400)
    flags = read_flags()
    flags[name] = bool(body["enabled"])
    write_flags(flags)
    return jsonify(flags)
