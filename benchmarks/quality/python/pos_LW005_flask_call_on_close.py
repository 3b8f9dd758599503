# positive LW005: a Flask view registers the DB write with response.call_on_close (runs after the response is sent)
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def save_vote(poll_id: int, choice: str) -> None:
    conn = sqlite3.connect("polls.db")
    with conn:
        conn.execute("INSERT INTO votes (poll_id, choice) VALUES (?, ?)", (poll_id, choice))
    conn.close()


@app.post("/polls/<int:poll_id>/votes")
def vote(poll_id: int):
    choice = request.form["choice"]
    response = jsonify(recorded=True)
    response.status_code = 201
    response.call_on_close(lambda: save_vote(poll_id, choice))
    return response
