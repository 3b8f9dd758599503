# positive LW001: threading.Thread(target=save_feedback).start() in a Flask view; the thread's insert failure is never reported
import sqlite3
import threading

from flask import Flask, jsonify, request

app = Flask(__name__)


def save_feedback(text: str, rating: int) -> None:
    conn = sqlite3.connect("feedback.db")
    conn.execute("INSERT INTO feedback (text, rating) VALUES (?, ?)", (text, rating))
    conn.commit()
    conn.close()


@app.post("/feedback")
def feedback():
    body = request.get_json()
    threading.Thread(target=save_feedback, args=(body["text"], int(body["rating"]))).start()
    return jsonify(thanks=True)
