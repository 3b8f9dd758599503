# Negative LW005: Flask survey endpoint commits the answers before responding; call_on_close only flushes metrics.
import sqlite3

from flask import Flask, g, jsonify, request
from surveys.metrics import flush_metrics

app = Flask(__name__)
DATABASE = "/var/lib/surveys/answers.db"


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
    return g.db


@app.post("/surveys/<survey_id>/responses")
def submit_response(survey_id: str):
    body = request.get_json(force=True)
    db = get_db()
    with db:
        db.executemany(
            "INSERT INTO answers (survey_id, respondent, question, answer) VALUES (?, ?, ?, ?)",
            [(survey_id, g.get("user_id", "anonymous"), q, a) for q, a in body["answers"].items()],
        )
    response = jsonify(status="recorded")
    response.status_code = 201
    response.call_on_close(flush_metrics)
    return response
