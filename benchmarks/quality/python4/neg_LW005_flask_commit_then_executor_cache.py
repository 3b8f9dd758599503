# negative LW005: Flask signup commits the account in the request; the thread pool only pre-renders an in-memory welcome page
"""Signup endpoint (Flask-SQLAlchemy)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from werkzeug.security import generate_password_hash

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql://accounts@db/accounts"
db = SQLAlchemy(app)
workers = ThreadPoolExecutor(max_workers=2)
welcome_pages: dict[str, str] = {}


class Account(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String, unique=True, nullable=False)
    pw_hash = db.Column(db.String, nullable=False)


def prerender_welcome(email: str) -> None:
    welcome_pages[email] = f"<h1>Welcome, {email.split('@')[0]}!</h1>"


@app.post("/signup")
def signup():
    body = request.get_json()
    email = body["email"].strip().lower()
    account = Account(email=email, pw_hash=generate_password_hash(body["password"]))
    db.session.add(account)
    db.session.commit()
    workers.submit(prerender_welcome, email)
    return jsonify({"id": account.id, "email": email}), 201
