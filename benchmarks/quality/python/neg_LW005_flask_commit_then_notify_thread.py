# negative LW005: the Flask view commits the comment, then a thread only sends a Slack notification
import threading

import requests
from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)
SLACK_HOOK = "https://hooks.slack.com/services/T000/B000/XXXX"


class Comment(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    body = db.Column(db.Text)


def notify(text: str) -> None:
    requests.get(SLACK_HOOK, params={"text": text}, timeout=5)


@app.post("/comments")
def add_comment():
    comment = Comment(body=request.json["body"])
    db.session.add(comment)
    db.session.commit()
    threading.Thread(target=notify, args=(f"new comment {comment.id}",), daemon=True).start()
    return jsonify(id=comment.id), 201
