# negative LW005: the Flask route saves the note synchronously; the thread it starts only pushes a StatsD counter
import socket
import threading

from flask import Flask, jsonify, request
from notes.db import get_db

app = Flask(__name__)


def bump_metric(name: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.sendto(f"{name}:1|c".encode(), ("statsd", 8125))


@app.post("/notes")
def create_note():
    db = get_db()
    cur = db.execute("INSERT INTO notes (body) VALUES (?)", (request.get_json()["body"],))
    db.commit()
    threading.Thread(target=bump_metric, args=("notes.created",), daemon=True).start()
    return jsonify({"id": cur.lastrowid}), 201
