# Negative LW004: Flask view rolls back, logs and answers 503 when the insert fails, so the client knows to retry.
import logging

from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.exc import OperationalError

app = Flask(__name__)
db = SQLAlchemy(app)
logger = logging.getLogger(__name__)


class Subscriber(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(320), unique=True, nullable=False)
    list_id = db.Column(db.String(64), nullable=False)


@app.post("/lists/<list_id>/subscribers")
def subscribe(list_id: str):
    email = (request.get_json() or {}).get("email", "").strip().lower()
    if "@" not in email:
        return jsonify(error="invalid email"), 400
    db.session.add(Subscriber(email=email, list_id=list_id))
    try:
        db.session.commit()
    except OperationalError:
        db.session.rollback()
        logger.exception("subscribe %s to %s failed", email, list_id)
        return jsonify(error="temporarily unavailable"), 503
    return jsonify(email=email), 201
