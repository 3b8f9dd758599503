# positive LW003: Flask admin endpoint dumps the feature-flag state with json.dump onto open(FLAGS_STATE, "w"); every worker reads it at startup
"""Feature flags admin (Flask). Workers load flags_state.json when they boot."""

import json
import os
import threading

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
FLAGS_STATE = os.path.join(app.instance_path, "flags_state.json")
_lock = threading.Lock()


def load_flags() -> dict:
    with open(FLAGS_STATE, encoding="utf-8") as fp:
        return json.load(fp)


@app.get("/admin/flags")
def list_flags():
    return jsonify(load_flags())


@app.put("/admin/flags/<name>")
def set_flag(name: str):
    body = request.get_json(force=True)
    if "enabled" not in body:
        abort(400)
    with _lock:
        flags = load_flags()
        flags[name] = {"enabled": bool(body["enabled"]), "rollout": body.get("rollout", 100)}
        with open(FLAGS_STATE, "w", encoding="utf-8") as fp:
            json.dump(flags, fp, indent=2)
    return jsonify(flags[name])
