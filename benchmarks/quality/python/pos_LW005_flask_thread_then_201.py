# positive LW005: a Flask view starts a thread to insert the signup and immediately returns 201
import threading

from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)


class Signup(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255), unique=True)


def store_signup(email: str) -> None:
    with app.app_context():
        db.session.add(Signup(email=email))
        db.session.commit()


@app.post("/signups")
def signup():
    email = request.json["email"]
    threading.Thread(target=store_signup, args=(email,), daemon=True).start()
    return jsonify(email=email, status="registered"), 201
