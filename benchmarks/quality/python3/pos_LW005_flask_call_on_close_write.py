# Positive LW005: Flask endpoint returns 201 and writes the survey answer only in response.call_on_close.
import sqlite3
from functools import partial

from flask import Flask, g, jsonify, request

app = Flask(__name__)
DATABASE = "/var/lib/surveys/answers.db"


def store_answer(survey_id: str, respondent: str, answers: dict[str, str]) -> None:
    conn = sqlite3.connect(DATABASE)
    with conn:
        conn.executemany(
            "INSERT INTO answers (survey_id, respondent, question, answer) VALUES (?, ?, ?, ?)",
            [(survey_id, respondent, q, a) for q, a in answers.items()],
        )
    conn.close()


@app.post("/surveys/<survey_id>/responses")
def submit_response(survey_id: str):
    body = request.get_json(force=True)
    respondent = g.get("user_id", "anonymous")
    response = jsonify(status="recorded", survey=survey_id)
    response.status_code = 201
    response.call_on_close(partial(store_answer, survey_id, respondent, body["answers"]))
    return response
